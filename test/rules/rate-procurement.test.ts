import rule from "../../src/rules/rate-procurement.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: ["政府采购计划金额120万元，实际采购金额112万元，政府采购执行率93.33%。"],
  invalid: [
    {
      text: "政府采购计划金额120.00万元，实际采购金额112.00万元，政府采购执行率93.38%。",
      findings: [{ severity: "warning", at: "93.38%", expected: "93.33%", hint: "93.38→93.33" }],
    },
  ],
});
