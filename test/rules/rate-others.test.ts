import asset from "../../src/rules/rate-asset-utilization.js";
import execution from "../../src/rules/rate-budget-execution.js";
import control from "../../src/rules/rate-control.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(control, {
  valid: [
    // 0 ÷ 0 is written 100 % by convention
    "〈1〉“三公”经费控制率。2022年“三公”经费预算安排数0万元（公务接待费支出）。实际支出数0万元，控制率100%。",
    "〈2〉“公用经费”控制率。2023年“公用经费”预算安排数8.02万元，实际支出数8.02万元，控制率100%。",
  ],
  invalid: [
    {
      text: "〈2〉“公用经费”控制率。2023年“公用经费”预算安排数8.02万元，实际支出数7.50万元，控制率98.52%。",
      findings: [{ severity: "warning", at: "98.52%", expected: "93.52%", hint: "98.52→93.52" }],
    },
  ],
  ignored: ["〈3〉人员控制率。编制数57人，实有人数56人，控制率98.25%。"],
});

runRuleTests(asset, {
  valid: ["截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额88.94万元，固定资产利用率100%。"],
  invalid: [
    {
      text: "截至2023年12月31日，固定资产总额88.94万元，实际在用固定资产总额80.00万元，固定资产利用率98.95%。",
      findings: [{ severity: "warning", at: "98.95%", expected: "89.95%", hint: "98.95→89.95" }],
    },
  ],
});

runRuleTests(execution, {
  valid: [
    {
      text: "全年预算数 251.89 万元，全年执行数 251.89 万元，预算执行率 100.00%。",
      variant: "实际支出 ÷ 预算数",
    },
  ],
  invalid: [
    {
      text: "调整后预算数 65.66 万元，全年执行数 65.07 万元，预算执行率 96.10%。",
      findings: [{ severity: "warning", at: "96.10%", expected: "99.10%", hint: "96.10→99.10" }],
    },
  ],
});
