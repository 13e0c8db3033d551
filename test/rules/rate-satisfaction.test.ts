import rule from "../../src/rules/rate-satisfaction.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "共发放问卷200份，收回有效问卷196份，其中满意190份，满意度96.94%。",
    // rounding boundary: 71 ÷ 80 = 88.75 % exactly, rounded half up 88.8 %
    "共发放问卷80份，收回有效问卷80份，其中满意71份，满意度88.8%。",
  ],
  invalid: [
    {
      text: "共发放问卷200份，收回有效问卷196份，其中满意190份，满意度96.49%。",
      findings: [{ severity: "warning", at: "96.49%", expected: "96.94%", hint: "96.49→96.94" }],
    },
    {
      text: "共发放问卷80份，收回有效问卷80份，其中满意71份，满意度88.9%。",
      findings: [{ severity: "warning", at: "88.9%", expected: "88.8%", hint: "88.9→88.8" }],
    },
  ],
});
