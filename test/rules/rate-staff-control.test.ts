import rule from "../../src/rules/rate-staff-control.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: ["核定编制数143人，年末实有在职人员136人，在职人员控制率95.10%。"],
  invalid: [
    {
      // counts are exact: 136 ÷ 143 = 95.104…%
      text: "核定编制数143人，年末实有在职人员136人，在职人员控制率95.80%。",
      findings: [{ severity: "warning", at: "95.80%", expected: "95.10%", hint: "95.80→95.10" }],
    },
  ],
});
