/**
 * The catalog rules with the cases issue 3 names for each: a variant that holds, a rounding
 * boundary, a sign case and an unverifiable case — sentences in the style of the seed reports.
 */
import {
  budgetAdjustment,
  budgetFinalDiff,
  carryoverChange,
  carryoverRate,
  fundsInPlace,
  keyTasks,
  procurement,
  sangongChange,
  satisfaction,
  staffControl,
} from "../../src/rules/rate-catalog.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(carryoverRate, {
  valid: [
    // the variant that holds: 结转结余 ÷ 本年支出 (the catalog's B1 variant)
    {
      text: "本年预算资金1000万元，本年支出900万元，结转结余90万元，结转结余率10.00%。",
      variant: "结转结余 ÷ 支出",
    },
    // rounding boundary: 3134.51 ÷ 21621.62 = 14.4973…% → 14.50%
    "2019年整合资金21621.62万元，共结余3134.51万元，结余率14.50%。",
  ],
  invalid: [
    {
      text: "本年预算资金1000万元，本年支出900万元，结转结余90万元，结转结余率8.00%。",
      findings: [{ severity: "warning", at: "8.00%", expected: "9.00%", hint: "8.00→9.00" }],
    },
  ],
  unverifiable: [{ text: "我局结转结余率为3.5%，较上年有所下降。", at: "3.5%" }],
});

runRuleTests(carryoverChange, {
  valid: ["上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率-25.42%。"],
  invalid: [
    {
      // a sign case: the balance fell, a positive rate reverses the conclusion
      text: "上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率25.42%。",
      findings: [{ severity: "error", at: "25.42%", expected: "-25.42%", gross: true, hint: "25.42→-25.42" }],
    },
  ],
  unverifiable: [{ text: "存量资金效率性为-12.5%，存量资金有所压减。", at: "-12.5%" }],
});

runRuleTests(sangongChange, {
  valid: ["“三公”经费上年决算数32万元，本年决算数30.4万元，“三公”经费变动率-5%。"],
  invalid: [
    {
      text: "“三公”经费上年决算数32.00万元，本年决算数30.40万元，“三公”经费变动率5.00%。",
      findings: [{ severity: "error", at: "5.00%", expected: "-5.00%", gross: true }],
    },
  ],
});

runRuleTests(fundsInPlace, {
  // rounding boundary: 200 ÷ 300 = 66.666…% → 66.67% (small amounts would carry a wide tolerance)
  valid: ["项目预算资金300.00万元，实际到位资金200.00万元，资金到位率66.67%。"],
  invalid: [
    {
      text: "项目预算资金300.00万元，实际到位资金200.00万元，资金到位率66.76%。",
      findings: [{ severity: "warning", at: "66.76%", expected: "66.67%", hint: "66.76→66.67" }],
    },
  ],
  unverifiable: [{ text: "资金到位率100%，资金及时拨付到位。", at: "100%" }],
});

runRuleTests(budgetFinalDiff, {
  valid: ["财政拨款收入年初预算数1200万元，决算数1260万元，预决算差异率5%。"],
  invalid: [
    {
      // a sign case: spending below budget gives a negative difference
      text: "财政拨款收入年初预算数1200.00万元，决算数1140.00万元，预决算差异率5.00%。",
      findings: [{ severity: "error", at: "5.00%", expected: "-5.00%", gross: true }],
    },
  ],
});

runRuleTests(budgetAdjustment, {
  // 767.86 ÷ 1922.76 = 39.935…%: the source's 39.93% is truncated (an info), 39.94% rounded
  valid: ["年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率39.94%。"],
  invalid: [
    {
      text: "年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率39.39%。",
      findings: [{ severity: "warning", at: "39.39%", expected: "39.94%" }],
    },
  ],
});

runRuleTests(procurement, {
  valid: ["政府采购计划金额120万元，实际采购金额112万元，政府采购执行率93.33%。"],
  invalid: [
    {
      text: "政府采购计划金额120.00万元，实际采购金额112.00万元，政府采购执行率93.38%。",
      findings: [{ severity: "warning", at: "93.38%", expected: "93.33%", hint: "93.38→93.33" }],
    },
  ],
});

runRuleTests(staffControl, {
  valid: ["核定编制数143人，年末实有在职人员136人，在职人员控制率95.10%。"],
  invalid: [
    {
      // counts are exact: 136 ÷ 143 = 95.104…%
      text: "核定编制数143人，年末实有在职人员136人，在职人员控制率95.80%。",
      findings: [{ severity: "warning", at: "95.80%", expected: "95.10%", hint: "95.80→95.10" }],
    },
  ],
});

runRuleTests(keyTasks, {
  valid: ["全年交办重点工作20项，已完成19项，重点工作完成率95%。"],
  invalid: [
    {
      text: "全年交办重点工作20项，已完成19项，重点工作完成率90%。",
      findings: [{ severity: "warning", at: "90%", expected: "95%", hint: "90→95" }],
    },
  ],
});

runRuleTests(satisfaction, {
  valid: ["共发放问卷200份，收回有效问卷196份，其中满意190份，满意度96.94%。"],
  invalid: [
    {
      text: "共发放问卷200份，收回有效问卷196份，其中满意190份，满意度96.49%。",
      findings: [{ severity: "warning", at: "96.49%", expected: "96.94%", hint: "96.49→96.94" }],
    },
  ],
});
