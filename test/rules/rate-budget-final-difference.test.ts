import rule from "../../src/rules/rate-budget-final-difference.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "财政拨款收入年初预算数1200万元，决算数1260万元，预决算差异率5%。",
    // rounding boundary: (1260.30 − 1200.00) ÷ 1200.00 = 5.025 % exactly, rounded half up 5.03 %
    "财政拨款收入年初预算数1200.00万元，决算数1260.30万元，预决算差异率5.03%。",
  ],
  invalid: [
    {
      // a sign case: spending below budget gives a negative difference
      text: "财政拨款收入年初预算数1200.00万元，决算数1140.00万元，预决算差异率5.00%。",
      findings: [{ severity: "error", at: "5.00%", expected: "-5.00%", gross: true }],
    },
    {
      text: "财政拨款收入年初预算数1200.00万元，决算数1260.30万元，预决算差异率5.04%。",
      findings: [{ severity: "warning", at: "5.04%", expected: "5.03%", hint: "5.04→5.03" }],
    },
  ],
});
