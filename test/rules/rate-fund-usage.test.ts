import rule from "../../src/rules/rate-fund-usage.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    {
      text: "2024 年预算 189 万元。实际拨付市本级 139 万元，实际支出 138.78 万元，实际支出率 99.84%。",
      variant: "实际支出 ÷ 实际到位",
    },
    {
      // the variant that excludes the funds the province withdrew
      text: "2020年我局收到省/中央级财政部门预算收入为44532.68万元（含上年结转8128.505万元），已分配/支出41071.78，省财政统筹收回2701万元，结转759.98万元，资金使用率为98.18%。",
      variant: "实际支出 ÷（实际到位 − 财政收回）",
    },
    // rounding boundary: 14516.58 ÷ 14631.38 = 99.2154…% rounds up to 99.22%
    "实际到位预算为14631.38万元，实际支出14516.58万元，资金使用率为99.22%。",
  ],
  invalid: [
    {
      // seed 000: 14516.58 ÷ 14631.38 = 99.22 %
      text: "1.2020年初市级财政局安排我局部门预算为14204.95万元，其中基本收入为1941.05万元，项目收入为12263.90万元，实际到位预算为14631.38万元，其中基本收入为2646.16万元，项目收入为11985.22万元；实际支出14516.58万元，其中基本支出为2646.16万元，项目支出为11870.42万元，资金使用率为99.26%。",
      findings: [{ severity: "warning", at: "99.26%", expected: "99.22%", hint: "99.26→99.22" }],
    },
    {
      // the same rate truncated rather than rounded: an info, not a discrepancy
      text: "实际到位预算为14631.38万元，实际支出14516.58万元，资金使用率为99.21%。",
      findings: [{ severity: "info", at: "99.21%", expected: "99.22%", messageId: "truncated" }],
    },
  ],
  unverifiable: [{ text: "我局2020年资金使用率为98.5%，较好完成年度任务。", at: "98.5%" }],
});
