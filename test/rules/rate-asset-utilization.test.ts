import rule from "../../src/rules/rate-asset-utilization.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额88.94万元，固定资产利用率100%。",
    // rounding boundary: amounts to 0.01万元 carry ±0.005, so 80.005 ÷ 88.935 = 89.959…% holds
    "截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额80.00万元，固定资产利用率89.96%。",
  ],
  invalid: [
    {
      text: "截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额80.00万元，固定资产利用率98.95%。",
      findings: [{ severity: "warning", at: "98.95%", expected: "89.95%", hint: "98.95→89.95" }],
    },
    {
      // one unit past that boundary
      text: "截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额80.00万元，固定资产利用率89.97%。",
      findings: [{ severity: "warning", at: "89.97%", expected: "89.95%", hint: "89.97→89.95" }],
    },
  ],
});
