import rule from "../../src/rules/rate-budget-execution.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // 支出进度 = 已支出 ÷ 下达
    "2022年共下达衔接资金3,245.00万元。截至2022年12月31日，已支出3,050.12万元，支出进度93.99%。",
    // each item's rate from its own budget and spending (the item since the last semicolon), not the
    // sentence's totals
    {
      text: "全年预算数为3,560.00万元，全年执行数为3,487.92万元，预算执行率为97.98%。其中：基本支出预算2,210.00万元，执行2,206.35万元，执行率99.83%；项目支出预算1,350.00万元，执行1,281.57万元，执行率94.93%。",
      checks: 3,
    },
    {
      text: "全年预算数 251.89 万元，全年执行数 251.89 万元，预算执行率 100.00%。",
      variant: "实际支出 ÷ 预算数",
    },
    // rounding boundary: amounts to 0.01万元 carry ±0.005, so 65.075 ÷ 65.655 = 99.116…% holds
    "调整后预算数 65.66 万元，全年执行数 65.07 万元，预算执行率 99.12%。",
  ],
  invalid: [
    {
      // one unit of the last digit: 3050.12 ÷ 3245.00 = 93.9945…%
      text: "2022年共下达衔接资金3,245.00万元。截至2022年12月31日，已支出3,050.12万元，支出进度94.00%。",
      findings: [{ severity: "warning", at: "94.00%", expected: "93.99%", hint: null }],
    },
    {
      text: "调整后预算数 65.66 万元，全年执行数 65.07 万元，预算执行率 96.10%。",
      findings: [{ severity: "warning", at: "96.10%", expected: "99.10%", hint: "96.10→99.10" }],
    },
    {
      // one unit past that boundary
      text: "调整后预算数 65.66 万元，全年执行数 65.07 万元，预算执行率 99.13%。",
      findings: [{ severity: "warning", at: "99.13%", expected: "99.10%", hint: "99.13→99.10" }],
    },
  ],
});
