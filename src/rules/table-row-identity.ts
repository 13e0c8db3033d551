import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "table/row-identity",
    type: "arithmetic",
    description: {
      zh: "表格行内关系（按表头）：调整后预算 = 年初预算 ± 调整数；结余（结转、收回）= 实际划拨（预算）− 实际支出；执行率 = 全年执行数 ÷ 全年预算数；得分 = 执行率 × 分值",
      en: "Identities within a table row, named by the headers: adjusted budget = initial ± adjustment; balance = allocated (budget) − spent; execution rate = spent ÷ budget; score = rate × weight",
    },
    messages: {
      row: {
        zh: "表中“{{row}}”的{{column}}应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "In the table, {{column}} of “{{row}}” should be {{expected}} ({{formula}}); the report states {{stated}}",
      },
      score: {
        zh: "表中“{{row}}”的{{column}}按 执行率 × 分值 应为 {{expected}}（{{formula}}），报告为 {{stated}}；若另有计分规则请忽略",
        en: "In the table, {{column}} of “{{row}}” is {{expected}} as rate × weight ({{formula}}); the report states {{stated}} (ignore if another scoring rule applies)",
      },
    },
    examples: {
      valid: ["项目\t全年预算数\t全年执行数\t执行率\n总额\t251.89\t251.89\t100.00%\n"],
      invalid: ["项目\t全年预算数\t全年执行数\t执行率\n总额\t251.89\t238.93\t100.00%\n"],
    },
  },
  check: { kind: "table-row" },
});
