import rule from "../../src/rules/change-growth.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // rounding boundary, a decrease: −12.5 % exactly is written 下降13%
    { text: "今年开展项目7个，比上年8个减少1个，下降13%。", checks: 2 },
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
    // devset 006 (PDF text): the year spaced out, and a sentence without figures between the
    // amount and the comparison that opens its own sentence
    {
      text: "8.上年结转和结余 8.02 万元,为以前年度支出预算因客观条件变化未执行完毕的资金。较 2022 年度决算数增加 0.78 万元,增长 10.8%,主要原因是:合理安排了费用的结算。",
      checks: 1,
    },
    {
      text: "7.使用非财政拨款结余 0.00 万元,主要是所属事业单位在当年收入\n及其他收入不能保证其支出的情况下使用的资金。较 2022 年度决算数增加 0.00 万元,增长 0%,主要原因是:本单位无此项收入。",
      checks: 1,
    },
    // a line wrap inside 增加 (PDF): 0.00 is the change, not last year's amount
    {
      text: "6.其他收入 0.00 万元,为预算单位取得的其他收入。较 2022 年度决算数增\n加 0.00 万元,增长 0%,主要原因是:本单位无其他收入。",
      checks: 1,
    },
  ],
  invalid: [
    {
      // −12.5 % exactly is not 下降12%: the bound away from zero is excluded; cut, not rounded (info)
      text: "今年开展项目7个，比上年8个减少1个，下降12%。",
      findings: [{ severity: "info", at: "12%", expected: "13%", messageId: "truncated" }],
    },
    {
      // no change is no growth: 增加0.00万元 cannot be 增长5%
      text: "6.其他收入 12.00 万元。较 2022 年度决算数增加 0.00 万元,增长 5%,主要原因是:无变化。",
      findings: [{ severity: "error", at: "5%", expected: "0%" }],
    },
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
