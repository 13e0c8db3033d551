import rule from "../../src/rules/rate-funds-in-place.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  // rounding boundary: 200 ÷ 300 = 66.666…% → 66.67% (small amounts would carry a wide tolerance)
  valid: [
    "项目预算资金300.00万元，实际到位资金200.00万元，资金到位率66.67%。",
    // 资金拨付率 = 已拨付 ÷ 下达
    "2022年共下达衔接资金3,245.00万元。截至2022年12月31日，已拨付资金3,102.56万元，资金拨付率95.61%。",
  ],
  invalid: [
    {
      text: "2022年共下达衔接资金3,245.00万元。截至2022年12月31日，已拨付资金3,102.56万元，资金拨付率95.16%。",
      findings: [{ severity: "warning", at: "95.16%", expected: "95.61%", hint: "95.16→95.61" }],
    },
    {
      text: "项目预算资金300.00万元，实际到位资金200.00万元，资金到位率66.76%。",
      findings: [{ severity: "warning", at: "66.76%", expected: "66.67%", hint: "66.76→66.67" }],
    },
    {
      // no slip explains 95%: the message names the denominator it would need (450 ÷ 95%)
      text: "项目预算资金500万元，实际到位资金450万元，资金到位率95%。",
      findings: [{ severity: "warning", at: "95%", expected: "90%", messageId: "rateImplied" }],
    },
  ],
  unverifiable: [{ text: "资金到位率100%，资金及时拨付到位。", at: "100%" }],
});
