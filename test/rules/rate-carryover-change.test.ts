import rule from "../../src/rules/rate-carryover-change.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率-25.42%。",
    // rounding boundary: (349800 − 400000) ÷ 400000 = −12.55 % exactly, to one decimal −12.6 %
    "上年末结转结余资金400000.00元，本年末结转结余资金349800.00元，结转结余变动率-12.6%。",
  ],
  invalid: [
    {
      // a sign case: the balance fell, a positive rate reverses the conclusion
      text: "上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率25.42%。",
      findings: [{ severity: "error", at: "25.42%", expected: "-25.42%", gross: true, hint: "25.42→-25.42" }],
    },
    {
      // one unit past the boundary: amounts to 0.01元 leave no room around −12.55 %
      text: "上年末结转结余资金400000.00元，本年末结转结余资金349800.00元，结转结余变动率-12.56%。",
      findings: [{ severity: "warning", at: "-12.56%", expected: "-12.55%", hint: "-12.56→-12.55" }],
    },
  ],
  unverifiable: [{ text: "存量资金效率性为-12.5%，存量资金有所压减。", at: "-12.5%" }],
});
