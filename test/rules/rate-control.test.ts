import rule from "../../src/rules/rate-control.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // 0 ÷ 0 is written 100 % by convention
    "〈1〉“三公”经费控制率。2022年“三公”经费预算安排数0万元（公务接待费支出）。实际支出数0万元，控制率100%。",
    "〈2〉“公用经费”控制率。2023年“公用经费”预算安排数8.02万元，实际支出数8.02万元，控制率100%。",
    // rounding boundary: amounts to 0.01万元 carry ±0.005, so 7.505 ÷ 8.015 = 93.637…% holds
    "〈2〉“公用经费”控制率。2023年“公用经费”预算安排数8.02万元，实际支出数7.50万元，控制率93.64%。",
  ],
  invalid: [
    {
      text: "〈2〉“公用经费”控制率。2023年“公用经费”预算安排数8.02万元，实际支出数7.50万元，控制率98.52%。",
      findings: [{ severity: "warning", at: "98.52%", expected: "93.52%", hint: "98.52→93.52" }],
    },
    {
      // one unit past that boundary
      text: "〈2〉“公用经费”控制率。2023年“公用经费”预算安排数8.02万元，实际支出数7.50万元，控制率93.65%。",
      findings: [{ severity: "warning", at: "93.65%", expected: "93.52%" }],
    },
  ],
  ignored: ["〈3〉人员控制率。编制数57人，实有人数56人，控制率98.25%。"],
});
