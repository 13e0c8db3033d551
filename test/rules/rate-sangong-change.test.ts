import rule from "../../src/rules/rate-sangong-change.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "“三公”经费上年决算数32万元，本年决算数30.4万元，“三公”经费变动率-5%。",
    // rounding boundary: amounts to 0.01万元 carry ±0.005, so 30.395 ÷ 32.005 − 1 = −5.0305…% holds
    "“三公”经费上年决算数32.00万元，本年决算数30.40万元，“三公”经费变动率-5.03%。",
  ],
  invalid: [
    {
      text: "“三公”经费上年决算数32.00万元，本年决算数30.40万元，“三公”经费变动率5.00%。",
      findings: [{ severity: "error", at: "5.00%", expected: "-5.00%", gross: true }],
    },
    {
      // one unit past that boundary
      text: "“三公”经费上年决算数32.00万元，本年决算数30.40万元，“三公”经费变动率-5.04%。",
      findings: [{ severity: "warning", at: "-5.04%", expected: "-5.00%", hint: "-5.04→-5.00" }],
    },
  ],
});
