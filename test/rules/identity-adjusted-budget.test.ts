import rule from "../../src/rules/identity-adjusted-budget.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // the variants: only a decrease, both movements, only an increase
    { text: "年初预算300万元，年中调减117.48万元，调整后预算182.52万元。", variant: "年初 − 调减" },
    {
      text: "年初预算数1922.76万元，年中追加预算767.86万元，调减预算100.00万元，调整后预算数2590.62万元。",
      variant: "年初 + 调增 − 调减",
    },
    {
      text: "年初预算数1922.76万元，年中追加预算767.86万元，调整后预算数2690.62万元。",
      variant: "年初 + 调增",
    },
    // rounding boundary: 300.00 and 117.48 carry ±0.005 each, so the difference reaches 182.53
    "年初预算300.00万元，年中调减117.48万元，调整后预算182.53万元。",
  ],
  invalid: [
    {
      text: "年初预算300万元，年中调减117.48万元，调整后预算185.52万元。",
      findings: [{ severity: "warning", at: "185.52万元", expected: "182.52万元", hint: "185.52→182.52" }],
    },
    {
      // one unit past that boundary
      text: "年初预算300.00万元，年中调减117.48万元，调整后预算182.54万元。",
      findings: [{ severity: "warning", at: "182.54万元", expected: "182.52万元", hint: "182.54→182.52" }],
    },
  ],
});
