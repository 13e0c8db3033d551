import rule from "../../src/rules/rate-asset-utilization.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: ["截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额88.94万元，固定资产利用率100%。"],
  invalid: [
    {
      text: "截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额80.00万元，固定资产利用率98.95%。",
      findings: [{ severity: "warning", at: "98.95%", expected: "89.95%", hint: "98.95→89.95" }],
    },
  ],
});
