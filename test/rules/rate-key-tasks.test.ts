import rule from "../../src/rules/rate-key-tasks.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "全年交办重点工作20项，已完成19项，重点工作完成率95%。",
    // rounding boundary: 7 ÷ 8 = 87.5 % exactly, rounded half up 88 %
    "全年交办重点工作8项，已完成7项，重点工作完成率88%。",
  ],
  invalid: [
    {
      text: "全年交办重点工作20项，已完成19项，重点工作完成率90%。",
      findings: [{ severity: "warning", at: "90%", expected: "95%", hint: "90→95" }],
    },
    {
      text: "全年交办重点工作8项，已完成7项，重点工作完成率89%。",
      findings: [{ severity: "warning", at: "89%", expected: "88%", hint: "89→88" }],
    },
  ],
});
