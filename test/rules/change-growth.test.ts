import rule from "../../src/rules/change-growth.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // seed 002: difference and rate; integers carry ±0.5
    { text: "2020年度收入5,296万元，比上年1171万元增加4,125万元，增长352.13%。", checks: 2 },
    { text: "2020年度支出为2851万元，比上年1171万元增加1,680万元，增长143.47%。", checks: 2 },
    // previous = current + decrease
    { text: "(二)住房保障支出 74784.48 元，同比减少 6014.46 元，下降 7.44%。", checks: 1 },
    // the comparison opens the next sentence
    { text: "1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。", checks: 1 },
    // what is compared with is named (比年初预算) and stated earlier
    { text: "年初预算 1022.89 万元,年中调整预算为 1781.86 万元,比年初预算增加 758.97 万元。", checks: 1 },
    { text: "公务接待费支出2.05万元,年初预算为2万元,差值为0.05万元。", checks: 1 },
  ],
  invalid: [
    {
      // devset 026: divided by this year's figure instead of last year's
      text: "(二)社会保障和就业支出类科目 116433.12 元,同比增加 16803.36 元,增长 14.43%。",
      findings: [{ severity: "error", at: "14.43%", expected: "16.87%" }],
    },
    {
      text: "2020年“三公”经费支出431万元,比上年累计支出433万元减少12万元,下降0.46%。",
      findings: [{ severity: "error", at: "12万元", expected: "2万元", messageId: "difference" }],
    },
    {
      // a decrease written as an increase changes the sign: gross
      text: "2020年度支出为1000万元，比上年1200万元增加200万元。",
      findings: [{ severity: "error", at: "200万元", expected: "-200万元", gross: true }],
    },
  ],
  ignored: ["新增优质中小企业 54 家，增长 14.3%，新增数量在粤东西北地市排第一。"],
});
