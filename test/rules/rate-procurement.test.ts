import rule from "../../src/rules/rate-procurement.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "政府采购计划金额120万元，实际采购金额112万元，政府采购执行率93.33%。",
    // rounding boundary: amounts to 0.01万元 carry ±0.005, so 112.005 ÷ 119.995 = 93.3414…% holds
    "政府采购计划金额120.00万元，实际采购金额112.00万元，政府采购执行率93.34%。",
  ],
  invalid: [
    {
      text: "政府采购计划金额120.00万元，实际采购金额112.00万元，政府采购执行率93.38%。",
      findings: [{ severity: "warning", at: "93.38%", expected: "93.33%", hint: "93.38→93.33" }],
    },
    {
      // one unit past that boundary
      text: "政府采购计划金额120.00万元，实际采购金额112.00万元，政府采购执行率93.35%。",
      findings: [{ severity: "warning", at: "93.35%", expected: "93.33%", hint: "93.35→93.33" }],
    },
  ],
});
