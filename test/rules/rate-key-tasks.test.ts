import rule from "../../src/rules/rate-key-tasks.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // 项目完成率 = 完成项目数 ÷ 计划项目数
    "全年计划实施项目45个，实际完成43个，项目完成率95.56%。",
    "全年交办重点工作20项，已完成19项，重点工作完成率95%。",
    // rounding boundary: 7 ÷ 8 = 87.5 % exactly, rounded half up 88 %
    "全年交办重点工作8项，已完成7项，重点工作完成率88%。",
  ],
  invalid: [
    {
      text: "全年计划实施项目45个，实际完成43个，项目完成率95.65%。",
      findings: [{ severity: "warning", at: "95.65%", expected: "95.56%", hint: "95.65→95.56" }],
    },
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
