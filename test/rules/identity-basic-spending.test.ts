import rule from "../../src/rules/identity-basic-spending.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "2020年度基本支出858万元，全年人员经费支出713万元，公用经费支出145万元。",
    // rounding boundary: each part to 0.01万元 carries ±0.005, so the parts reach 1140.28
    "2022年度基本支出1140.28万元，其中人员经费支出1003.26万元，公用经费支出137.01万元。",
    // 1003.26 + 137.01 = 1140.27, to one decimal 1140.3
    "2022年度基本支出1140.3万元，其中人员经费支出1003.26万元，公用经费支出137.01万元。",
  ],
  invalid: [
    {
      // two digits swapped in 公用经费 (145 → 154); one slip of the total would also make it hold
      text: "2020年度基本支出858万元，全年人员经费支出713万元，公用经费支出154万元。",
      findings: [{ severity: "warning", at: "858万元", expected: "867万元", messageId: "rate" }],
    },
    {
      // one unit past the boundary above
      text: "2022年度基本支出1140.29万元，其中人员经费支出1003.26万元，公用经费支出137.01万元。",
      findings: [
        { severity: "warning", at: "1140.29万元", expected: "1140.27万元", hint: "1140.29→1140.27" },
      ],
    },
    {
      // 1140.27 truncated rather than rounded to one decimal: an info
      text: "2022年度基本支出1140.2万元，其中人员经费支出1003.26万元，公用经费支出137.01万元。",
      findings: [{ severity: "info", at: "1140.2万元", expected: "1140.3万元", messageId: "truncated" }],
    },
  ],
  ignored: ["2022年度基本支出1140.27万元，较上年有所下降。"],
});
