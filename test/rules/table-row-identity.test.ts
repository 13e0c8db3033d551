import rule from "../../src/rules/table-row-identity.js";
import { runRuleTests } from "../helpers/rule-tester.js";

/** A 项目支出绩效自评表's funds block, one cell per `… |` line (devset 008's form). */
const cells = (xs: readonly string[]) => xs.map((c) => `${c} |`).join("\n") + "\n";
const HEADER = [
  "预算执行情况(10分)",
  "年度预算数(万元)",
  "年初预算",
  "调整后预算数",
  "预算执行数",
  "预算执行率",
  "权重",
  "得分",
  "原因",
];

runRuleTests(rule, {
  valid: [
    // 调整预算 is the budget the rate and the remainder are taken against
    {
      text: "项目名称\t年初预算\t调整预算\t实际支出\t结余\t执行率\n农村公路养护\t500.00\t620.00\t598.36\t21.64\t96.51%\n",
      checks: 2,
    },
    // 执行率 = 预算执行数 ÷ 调整后预算数; 0 ÷ 0 written 0.00 %
    {
      text: cells([
        ...HEADER,
        ...[
          "总额",
          "238.93",
          "251.89",
          "251.89",
          "100.00%",
          "10",
          "",
          "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因",
        ],
        ...["其中:财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/"],
        ...["单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
      ]),
      checks: 3,
    },
    // 预算执行率(B/A×100%); 0 ÷ 0 written 100 % (devset 016)
    {
      text: "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n年度资金总额: | 3359.62万 | 3359.62万 | 100% | ||||\n彩票公益金用于医疗救助 | 0 | 0 | 100% | ||||\n",
      checks: 2,
    },
    // 得分 = 执行率 × 分值, rounded half up (92.31% × 5 = 4.6155 → 4.62)
    {
      text: "项目\t全年预算数\t全年执行数\t分值\t执行率\t得分\n总额\t130\t120\t5\t92.31%\t4.62\n",
      checks: 2,
    },
    // 调整后预算 = 年初预算 + 调整数; 结余 = 调整后预算 − 实际支出
    {
      text: "项目\t年初预算\t调整数\t调整后预算\t实际支出\t结余\n甲\t100\t-20\t80\t75.5\t4.5\n乙\t60\t15\t75\t75\t0\n",
      checks: 4,
    },
  ],
  invalid: [
    {
      text: "项目\t全年预算数\t全年执行数\t执行率\n总额\t251.89\t238.93\t100.00%\n",
      findings: [{ severity: "error", at: "100.00%", expected: "94.85%", messageId: "row" }],
    },
    {
      // 结余 ≠ 预算 − 支出
      text: "项目名称\t预算数/万元\t实际支出/万元\t结余/万元\n甲\t100\t75.5\t42.5\n",
      findings: [{ severity: "error", at: "42.5", expected: "24.5万元", hint: "42.5→24.5" }],
    },
    {
      // a score that is not 执行率 × 分值: another scoring rule may apply, a warning
      text: "项目\t全年预算数\t全年执行数\t分值\t执行率\t得分\n总额\t100\t90\t10\t90.00%\t10\n",
      findings: [{ severity: "warning", at: "10", expected: "9", messageId: "score" }],
    },
  ],
  ignored: [
    "项目名称\t年初预算/万元\t实际支出/万元\n甲\t100\t90\n",
    // 年初预算 only, and more spent than it: the budget was raised in a column the table lacks
    "项目名称\t年初预算\t实际支出\t结余\t执行率\n农村公路养护\t500.00\t598.36\t21.64\t96.51%\n",
    // 年初预算 only, and the remark says the budget was cut during the year
    "项目名称\t年初预算\t实际支出\t结余\t执行率\t备注\n桥梁维修加固\t300.00\t280.00\t0.00\t100.00%\t年中调减20万元\n",
  ],
});
