import rule from "../../src/rules/identity-sangong.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "“三公”经费决算总额2771万元，其中因公出国(境)经费决算120万元，公务接待费决算1033万元，公务用车购置及运行费决算1618万元。",
    // rounding boundary: three parts to 0.01万元 carry ±0.015 together: 38.86 may be written 38.88
    "“三公”经费支出合计38.88万元，其中因公出国（境）费12.35万元，公务接待费10.33万元，公务用车购置及运行费16.18万元。",
  ],
  invalid: [
    {
      // two digits swapped in the 公务用车 figure: the hint names the part, not the total
      text: "“三公”经费决算总额2771万元，因公出国(境)经费决算120万元，公务接待费决算1033万元，公务用车购置及运行费决算1681万元。",
      findings: [{ severity: "warning", at: "2771万元", expected: "2834万元", hint: "1681→1618" }],
    },
    {
      // one unit past that boundary
      text: "“三公”经费支出合计38.89万元，其中因公出国（境）费12.35万元，公务接待费10.33万元，公务用车购置及运行费16.18万元。",
      findings: [{ severity: "warning", at: "38.89万元", expected: "38.86万元", hint: "38.89→38.86" }],
    },
  ],
  ignored: ["“三公”经费支出合计38.86万元。"],
});
