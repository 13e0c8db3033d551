import rule from "../../src/rules/table-total.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_003, seedLines } from "../tables/seed.js";

const budget = seedLines(SEED_003, 11, 14);

runRuleTests(rule, {
  valid: [
    // 收入支出决算总表: 本年收入合计 adds up the numbered rows; 总计 is it plus the balances after it
    {
      text: "项目\t决算数\n一、一般公共预算财政拨款收入\t12,456.78\n二、事业收入\t215.60\n三、其他收入\t48.30\n本年收入合计\t12,720.68\n使用非财政拨款结余\t0.00\n年初结转和结余\t1,032.50\n总计\t13,753.18\n",
      checks: 2,
    },
    // seed 003: 总预算 = 基本 + 项目 + 专项 + 其他事业发展; split by level: 市本级 + 对下 = 专项 + 其他
    { text: budget, checks: 2 },
    // Markdown, 合计 at the bottom, an empty cell counts as nothing
    {
      text: "| 项目 | 年初预算 | 实际支出 |\n|---|---|---|\n| 甲 | 100 | 90 |\n| 乙 |  | 40 |\n| 合计 | 100 | 130 |\n",
      checks: 2,
    },
    // a 项目支出绩效自评表: 总额 on top, its 其中 rows under it (devset 019)
    {
      text: "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 |\n其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / |\n财政专户管理资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / |\n单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / |\n其他资金 | | | | | / | / |\n",
      checks: 3,
    },
    // merged header written as blanks, 合计 on top without 其中
    {
      text: "项目\t预算数\t\t执行数\t\n\t基本支出\t项目支出\t基本支出\t项目支出\n合计\t30\t70\t28\t60\n甲\t10\t50\t10\t40\n乙\t20\t20\t18\t20\n",
      checks: 4,
    },
    // a table split by a page break, its header repeated
    {
      text: "项目名称\t年初预算/万元\t实际支出/万元\n甲\t100\t90\n乙\t50\t40\n\n- 2 -\n\n项目名称\t年初预算/万元\t实际支出/万元\n丙\t10\t9\n合计\t160\t139\n",
      checks: 2,
    },
    // 小计 rows add up their group, 总计 the 小计 rows
    { text: "项目\t金额\n甲\t10\n乙\t20\n小计\t30\n丙\t5\n丁\t5.5\n小计\t10.5\n总计\t40.5\n", checks: 3 },
    // rounding boundary: 100.25 + 50.50 + 10.05 = 160.80, and three parts' ±0.005 each allow 160.82
    {
      text: "项目名称\t年初预算/万元\t实际支出/万元\n甲\t100.25\t90.10\n乙\t50.50\t40.20\n丙\t10.05\t9.40\n合计\t160.82\t139.70\n",
      checks: 2,
    },
    // rows that nest: the total adds up the rows of the highest outline level
    {
      text: "项目\t金额\n一、基本支出\t100\n其中：人员经费\t80\n公用经费\t20\n二、项目支出\t50\n合计\t150\n",
      checks: 1,
    },
    // HTML
    {
      text: "<table><tr><th>项目</th><th>年初预算</th><th>实际支出</th></tr><tr><td>甲</td><td>100</td><td>90</td></tr><tr><td>乙</td><td>50.5</td><td><p>40</p></td></tr><tr><td>合计</td><td>150.5</td><td>130</td></tr></table>",
      checks: 2,
    },
  ],
  invalid: [
    {
      // the same table with 年初结转和结余 mistyped: the 总计 no longer holds
      text: "项目\t决算数\n一、一般公共预算财政拨款收入\t12,456.78\n二、事业收入\t215.60\n三、其他收入\t48.30\n本年收入合计\t12,720.68\n使用非财政拨款结余\t0.00\n年初结转和结余\t1,022.50\n总计\t13,753.18\n",
      findings: [{ severity: "error", at: "13,753.18", expected: "13743.18" }],
    },
    {
      // a total row whose 全年预算数 is not the sum of its 其中 rows
      text: "项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n总额 | 100 | 120 | 110 |\n其中:财政资金 | 90 | 100 | 100 |\n单位资金 | 10 | 10 | 10 |\n",
      findings: [{ severity: "error", at: "120", expected: "110", messageId: "total", hint: "120→110" }],
    },
    {
      // devset 014: 年度资金总额 0 above 本年财政拨款 90 (its only 其中 row): parts exceed the total
      text: "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金90万元。\n",
      findings: [
        { severity: "error", at: "0", expected: "90万元", messageId: "partsExceed", gross: true },
        { severity: "error", at: "0", messageId: "partsExceed", gross: true },
        { severity: "error", at: "0", messageId: "partsExceed", gross: true },
      ],
    },
    {
      // seed 003's 总预算 with two digits swapped
      text: budget.replace("303,054.14", "303,045.14"),
      findings: [
        { severity: "error", at: "303,045.14", expected: "303054.14万元", hint: "303045.14→303054.14" },
      ],
    },
    {
      // split two ways, the ways disagree: 市本级 + 对下 ≠ 专项 + 其他
      text: budget.replace("193,807.00", "193,870.00"),
      findings: [{ severity: "error", at: "193,870.00", expected: "193807.00万元", messageId: "breakdown" }],
    },
    {
      // after a page break, the 合计 misses the rows before it
      text: "项目名称\t年初预算/万元\t实际支出/万元\n甲\t100\t90\n乙\t50\t40\n\n- 2 -\n\n项目名称\t年初预算/万元\t实际支出/万元\n丙\t10\t9\n合计\t160\t49\n",
      findings: [{ severity: "error", at: "49", expected: "139万元", messageId: "total" }],
    },
    {
      // one unit past that boundary
      text: "项目名称\t年初预算/万元\t实际支出/万元\n甲\t100.25\t90.10\n乙\t50.50\t40.20\n丙\t10.05\t9.40\n合计\t160.83\t139.70\n",
      findings: [{ severity: "error", at: "160.83", expected: "160.80万元", hint: "160.83→160.80" }],
    },
  ],
  ignored: [
    // rows that nest with no marker to tell the levels apart: what the total adds up is unknown
    "项目\t金额\n基本支出\t100\n其中：人员经费\t80\n公用经费\t20\n项目支出\t50\n合计\t150\n",
    // no total row or column: nothing to add up
    "项目名称\t年初预算/万元\t实际支出/万元\n甲\t100\t90\n乙\t50\t40\n",
    // a row that lost cells is aligned by content; a total over it is not trusted
    "项目\t年初预算\t实际支出\t执行率\n甲\t100\t90\t90.00%\n合计\t95.00%\t100\n",
  ],
});
