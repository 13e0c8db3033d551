import rule from "../../src/rules/formula-chain.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // seed 000: verbal steps skipped, numeric steps agree; × 100% is ÷ 100 on both sides
    "支出完成率=部门(单位）年度实际支出/财政下达预算数×100%=111931823.11/（111082222.47+1899168.28）×100%=99.07%；",
    "结转结余率=1049567.64/111082222.47=0.94%；",
    "政府采购执行率=（实际采购金额合计数/采购计划金额合计数）×100%=112000/112000×100%=100%。",
    "实际支出数为6143.36+139869.43=146012.79元，“三公”经费实际支出数≤“三公”经费预算数。",
    // half-up rounding at the boundary: 4.825 → 4.83
    "重点工作完成率得分=（0.94+0.99）/2*5=4.83。",
    "财政拨款收入预决算差异率=（11108222.47-11108222.47）/11108222.47*100%=0.",
    // full-width digits and operators
    "专项资金支出进度＝９２．３１％＊５＝４．６２",
    { text: "项目资金结转结余＝4426－1993＝2433万元。", checks: 1 },
  ],
  invalid: [
    {
      // seed 000: (a/b − 1) with a < b is negative; the report drops the sign
      text: "国库集中支付结转结余存量资金效率性=（当年年末存量资金规模÷上一年度年末存量资金规模-1）×100%=（1049567.64/1407277.49-1）×100%=25.42%；",
      findings: [{ severity: "error", at: "25.42%", expected: "-25.42%", gross: true, hint: "25.42→-25.42" }],
    },
    {
      text: "支出完成率=111931823.11/（111082222.47+1899168.28）×100%=99.70%；",
      findings: [{ severity: "error", at: "99.70%", expected: "99.07%", gross: false, hint: "99.70→99.07" }],
    },
    {
      text: "实际支出数为6143.36+139869.43=146021.79元。",
      findings: [
        { severity: "error", at: "146021.79元", expected: "146012.79元", hint: "146021.79→146012.79" },
      ],
    },
    {
      // a rate written as over 100 % that is really under it changes the conclusion
      text: "预算执行率=9800/10000×100%=102%。",
      findings: [{ severity: "error", at: "102%", expected: "98%", gross: true }],
    },
  ],
  ignored: ["指标值 ≥ 100%，实际完成值为98%。", "2021-2023年工作方案（第2版）"],
});
