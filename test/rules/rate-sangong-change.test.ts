import rule from "../../src/rules/rate-sangong-change.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: ["“三公”经费上年决算数32万元，本年决算数30.4万元，“三公”经费变动率-5%。"],
  invalid: [
    {
      text: "“三公”经费上年决算数32.00万元，本年决算数30.40万元，“三公”经费变动率5.00%。",
      findings: [{ severity: "error", at: "5.00%", expected: "-5.00%", gross: true }],
    },
  ],
});
