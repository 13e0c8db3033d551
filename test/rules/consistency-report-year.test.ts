import rule from "../../src/rules/consistency-report-year.js";
import { runRuleTests } from "../helpers/rule-tester.js";

/** Seed 001 (评价年度 2023): the 三公 section dates its budget 2022. */
const seed001 = (year: number) =>
  `评价年度：2023年度\n 2023年收入预算 902.25万元，其中：一般公共预算拨款 872.25万元，政府性基金拨款30.00万元。\n2023年支出预算902.25万元，其中：一般公共预算拨款872.25万元，政府性基金拨款30.00万元。\n〈1〉“三公”经费控制率。湛江市麻章区科工贸和信息化局${year}年“三公”经费预算安排数0万元（公务接待费支出）。实际支出数0万元，控制率100%。\n〈2〉“公用经费”控制率。湛江市麻章区科工贸和信息化局2023年“公用经费”预算安排数8.02万元，实际支出数8.02万元，控制率100%。`;

runRuleTests(rule, {
  valid: [
    { text: seed001(2023), checks: 4 },
    // the year from the title; 2019年技术改造项目 dates a project, not a budget
    {
      text: "2020年度部门整体支出绩效自评报告\n2020年度收入5,296万元。2020年度支出为2851万元。2019年技术改造项目完工评价费等19.4万元。",
      checks: 2,
    },
    // comparisons and balances carried over are references to another year
    {
      text: "(2022年度)\n2022年本年收入合计4125.49万元。2022年本年支出合计4143.91万元。较2021年度决算数增加10万元。2021年结转资金5万元。",
      checks: 2,
    },
  ],
  invalid: [
    {
      text: seed001(2022),
      findings: [{ severity: "info", at: "2022年", expected: "2023年", messageId: "otherYear", hint: null }],
    },
  ],
  ignored: [
    // no year stated for the report
    "2023年收入预算902.25万元。2022年支出预算902.25万元。",
    // two amounts of another year: a deliberate comparison of two years
    "评价年度：2023年度\n2023年收入预算902.25万元。2023年支出预算902.25万元。\n表外说明：2022年支出预算800万元，2022年收入预算800万元。".replace(
      /2023年收入预算902.25万元。2023年支出预算902.25万元。/,
      "",
    ),
  ],
});
