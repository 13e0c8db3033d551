import rule from "../../src/rules/change-points.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    {
      // seed 000: 5.4 − (−8.8) = 14.2 and so on, with the unit written once at the end
      text: "全市规上工业增加值增长5.4%，增速全省第三，比一季度（-8.8%）、上半年（-4.0%）、三季度（3.8%）分别提高14.2、9.4和1.6个百分点。",
      checks: 3,
    },
    { text: "资金执行率为95.5%，比上年的90.2%提高5.3个百分点。", checks: 1 },
    // rounding boundary: rates to 0.01% carry ±0.005 each, so 95.50 − 90.20 may be written 5.31
    { text: "资金执行率为95.50%，比上年的90.20%提高5.31个百分点。", checks: 1 },
  ],
  invalid: [
    {
      text: "全市规上工业增加值增长5.4%，比一季度（-8.8%）、上半年（-4.0%）分别提高14.2、1.4个百分点。",
      findings: [{ severity: "error", at: "1.4个百分点", expected: "9.4个百分点", hint: "1.4→9.4" }],
    },
    {
      // one unit past that boundary
      text: "资金执行率为95.50%，比上年的90.20%提高5.32个百分点。",
      findings: [{ severity: "error", at: "5.32个百分点", expected: "5.30个百分点", hint: "5.32→5.30" }],
    },
  ],
  ignored: ["工业增加值占GDP比重达24.1%，同比提高0.3个百分点。"],
});
