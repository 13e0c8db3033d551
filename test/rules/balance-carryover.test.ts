import rule from "../../src/rules/balance-carryover.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // with the opening balance among the inflows, a year-end balance is checked
    "年初结转和结余1,032.50万元，本年收入合计13,040.68万元，本年支出合计13,617.40万元，年末结转和结余455.78万元。",
    "2020年度项目资金总投入4426万元，实际总支出1993万元，项目资金结转结余2433万元。",
    // a bare amount among 万元 figures is in 万元; the integer 2701 carries ±0.5
    "2020年我局收到省/中央级财政部门预算收入为44532.68万元（含上年结转8128.505万元），已分配/支出41071.78，省财政统筹收回2701万元，结转759.98万元。",
    // carry-in flows in; no stated total of the inflows: all of them
    "区本级政府性基金上年结余26.37亿元,上级补助收入 14.64亿元,调入资金10万元,债务转贷收入1.34亿元;政府性基金支出19.31亿元,年终结余23.04亿元。",
    "全区社会保险基金预算收入0.28亿元,上年结余0.28亿元,支出0.28亿元,年末滚存结余0.28亿元。",
  ],
  invalid: [
    {
      // seed 000: 49583.15 − 46900.92 − 2316.4 = 365.83
      text: "2020年我局收到中央、省级共49583.15万元(含上年结转70.00万元)，实际支出46900.92万元(含工作经费)，省财政统筹收回2316.4万元，结转365.33万元。",
      findings: [{ severity: "warning", at: "365.33万元", expected: "365.83万元", hint: "365.33→365.83" }],
    },
  ],
  ignored: [
    "2020年度收入5,296万元，比上年1171万元增加4,125万元；2020年度支出为2851万元。",
    // a year-end balance carries the opening one, which the sentence does not state: no finding
    "本年收入合计13,040.68万元，本年支出合计13,617.40万元。年末结转和结余455.78万元。",
  ],
});
