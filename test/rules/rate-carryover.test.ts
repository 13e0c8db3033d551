import rule from "../../src/rules/rate-carryover.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // the variant that holds: 结转结余 ÷ 本年支出 (the catalog's B1 variant)
    {
      text: "本年预算资金1000万元，本年支出900万元，结转结余90万元，结转结余率10.00%。",
      variant: "结转结余 ÷ 支出",
    },
    // rounding boundary: 3134.51 ÷ 21621.62 = 14.4971…% → 14.50%
    "2019年整合资金21621.62万元，共结余3134.51万元，结余率14.50%。",
  ],
  invalid: [
    {
      text: "本年预算资金1000万元，本年支出900万元，结转结余90万元，结转结余率8.00%。",
      findings: [{ severity: "warning", at: "8.00%", expected: "9.00%", hint: "8.00→9.00" }],
    },
  ],
  unverifiable: [{ text: "我局结转结余率为3.5%，较上年有所下降。", at: "3.5%" }],
});
