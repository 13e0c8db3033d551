import rule from "../../src/rules/sum-parts.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // a part as large as the total restates it: what follows is bounded by it, not summed to it
    "本部门共有项目12个，其中：已完成绩效自评的项目12个，自评结果为“优”的项目10个。",
    // devset 001: a count followed by what it counts, then its part in parentheses
    "年中增加8个项目(含2023年转列暂付性款项项目5个)。",
    "年中增加8个项目，其中转列暂付性款项项目5个。",
    "2020年初市级财政局安排我局部门预算为14204.95万元，其中基本收入为1941.05万元，项目收入为12263.90万元，实际到位预算为14631.38万元，其中基本收入为2646.16万元，项目收入为11985.22万元。",
    // parts to 0.01 that sum to 453.94 against 453.95: within the parts' rounding
    "支出预算按用途划分，基本支出预算453.95万元，占50.31%。其中：工资福利支出334.38万元，对个人和家庭的补助104.22万元，商品和服务支出15.34万元；项目支出预算448.30万元，占49.69%。",
    "局机关编制91名，其中：行政编制61名，行政工勤编制14名，机关事业编制16名；年末实有在职人数83名。",
    "离退休人数30名（其中局退休14名，乡镇企业服务中心3名，国企办4名，原二轻退休9名）。",
    // a list that runs on past the breakdown: the prefix that sums is the breakdown
    "本年总支出2,851万元，其中：基本支出858万元，项目支出1993万元，本年结转结余2445万元。",
    // semicolon-separated items; integer total ± 0.5
    "年中调整预算4426万元，其中：补助资金4086.21万元；预备费专项资金100万元；防疫专项资金53.61万元；奖励80万元；规划编制47.2万元；大赛经费39.7万元；工作经费等19.4万元。",
    // partial lists: 含 and a single 其中 item must not exceed the total
    "2020年我局收到省/中央级财政部门预算收入为44532.68万元（含上年结转8128.505万元）。",
    "实施项目共15个(含2023年转列暂付性款项项目5个)。",
    // a total stated after its parts
    "分配下达财政局18万元，人社局16.39万元，总工会0.6万元，团委4.06万元，妇联4.06万元，工商联2.4万元，市场监局2.4万元，教育局0.08万元，农商行11.3万元，邮储行0.7万元，合计59.99万元。",
    // 元 parts of a 万元 total
    "“三公”经费预算1.5万元，其中：公务接待费5000元，公务用车运行维护费10000元。",
  ],
  invalid: [
    {
      // a bare 0 beside amounts in cents is exactly nothing: 0 + 15.20 + 3.54 = 18.74, and the
      // slip that makes the sum exact (3.54 → 3.45) is the hint
      text: "“三公”经费支出18.65万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费15.20万元；公务接待费3.54万元。",
      findings: [{ severity: "error", at: "18.65万元", expected: "18.74万元", hint: "3.54→3.45" }],
    },
    {
      // a part cannot exceed its count
      text: "年中增加8个项目(含转列暂付性款项项目9个)。",
      findings: [{ severity: "error", at: "8个", expected: "9个" }],
    },
    {
      // devset 012: 970.67 + 294.07 = 1264.74
      text: "中央资金1264.71万元(贴息资金970.67万元,奖补资金294.07万元)。",
      findings: [{ severity: "error", at: "1264.71万元", expected: "1264.74万元", messageId: "partsSum" }],
    },
    {
      text: "2023年收入预算902.25万元，其中：一般公共预算拨款872.25万元，政府性基金拨款36.00万元。",
      findings: [{ severity: "error", at: "902.25万元", expected: "908.25万元", hint: "902.25→908.25" }],
    },
    {
      // parts short of the total with no single slip to explain it: maybe only the main items
      text: "实际支出5000万元，其中：基本支出1200万元，项目支出2300万元。",
      findings: [
        { severity: "warning", at: "5000万元", expected: "3500万元", messageId: "partsShort", hint: null },
      ],
    },
    {
      text: "收到资金100万元（含上年结转120万元）。",
      findings: [{ severity: "error", at: "100万元", messageId: "partsExceed", gross: true }],
    },
  ],
  ignored: [
    // commas inside an item, semicolons between items: 2,210.00 and 2,206.35 are one item's columns
    "全年执行数为3,487.92万元。其中：基本支出预算2,210.00万元，执行2,206.35万元；项目支出预算1,350.00万元，执行1,281.57万元。",
    // devset 022: one item's columns (支出, 年初预算, 差值), not items of the total before
    "“三公”经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。其中:因公出国(境)支出0万元,年初预算为0万元,差值为0万元,原因为压缩开支。",
    // an aside in parentheses is not a breakdown
    "全市省级以上工业园区规上工业增加值328.64亿元（预计全年438亿元），占全市的70.9%。",
    // a change is not a part
    "收入:792.22万元。同比上年度增加189.25万元,增加31.39%。",
  ],
});
