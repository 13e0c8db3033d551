import rule from "../../src/rules/rate-budget-adjustment.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  // 767.86 ÷ 1922.76 = 39.935…%: the source's 39.93% is truncated (an info), 39.94% rounded
  valid: ["年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率39.94%。"],
  invalid: [
    {
      text: "年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率39.39%。",
      findings: [{ severity: "warning", at: "39.39%", expected: "39.94%" }],
    },
  ],
});
