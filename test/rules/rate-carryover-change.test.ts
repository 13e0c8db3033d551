import rule from "../../src/rules/rate-carryover-change.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: ["上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率-25.42%。"],
  invalid: [
    {
      // a sign case: the balance fell, a positive rate reverses the conclusion
      text: "上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率25.42%。",
      findings: [{ severity: "error", at: "25.42%", expected: "-25.42%", gross: true, hint: "25.42→-25.42" }],
    },
  ],
  unverifiable: [{ text: "存量资金效率性为-12.5%，存量资金有所压减。", at: "-12.5%" }],
});
