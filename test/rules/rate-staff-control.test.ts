import rule from "../../src/rules/rate-staff-control.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "核定编制数143人，年末实有在职人员136人，在职人员控制率95.10%。",
    // rounding boundary: 13 ÷ 16 = 81.25 % exactly, rounded half up 81.3 %
    "核定编制数16人，年末实有在职人员13人，在职人员控制率81.3%。",
  ],
  invalid: [
    {
      // off by rounding alone: the denominator it implies is the one written, so none is offered
      text: "编制数143人，实有在职人员136人，在职人员控制率95.09%。",
      findings: [{ severity: "warning", at: "95.09%", expected: "95.10%", messageId: "rate" }],
    },
    {
      // counts are exact: 136 ÷ 143 = 95.104…%
      text: "核定编制数143人，年末实有在职人员136人，在职人员控制率95.80%。",
      findings: [{ severity: "warning", at: "95.80%", expected: "95.10%", hint: "95.80→95.10" }],
    },
    {
      // counts carry no tolerance: 95.11 % stands for [95.105, 95.115], just above 95.1049…%
      text: "核定编制数143人，年末实有在职人员136人，在职人员控制率95.11%。",
      findings: [{ severity: "warning", at: "95.11%", expected: "95.10%", hint: "95.11→95.10" }],
    },
  ],
});
