import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "table/total",
    type: "arithmetic",
    description: {
      zh: "表格合计：合计 / 总计 / 小计 / 总额行等于其所合计各行之和（逐列），年度资金总额等于其中各行之和；合计 / 总预算列等于同一表头下各列之和；同一资金按两种口径划分之和相同",
      en: "Table totals: a 合计 / 总计 / 小计 / 总额 row is the sum of the rows it totals, column by column (年度资金总额 = its 其中 rows); a 合计 / 总预算 column is the sum of its sibling columns; a group split two ways adds up to the same",
    },
    messages: {
      total: {
        zh: "表中“{{row}}”的{{column}}应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "In the table, {{column}} of “{{row}}” should be {{expected}} ({{formula}}); the report states {{stated}}",
      },
      partsExceed: {
        zh: "表中“{{row}}”的{{column}}为 {{stated}}，其中各项之和 {{expected}}（{{formula}}）已超过它",
        en: "In the table, {{column}} of “{{row}}” is {{stated}}, less than its 其中 rows, which add up to {{expected}} ({{formula}})",
      },
      breakdown: {
        zh: "表中“{{row}}”的{{column}}应为 {{expected}}（{{formula}}）：{{group}}按两种口径划分之和应相同，报告为 {{stated}}",
        en: "In the table, {{column}} of “{{row}}” should be {{expected}} ({{formula}}): {{group}} split two ways must add up to the same; the report states {{stated}}",
      },
    },
    examples: {
      valid: [
        "项目名称\t年初预算/万元\t实际支出/万元\n项目甲\t100\t90\n项目乙\t50.5\t40\n合计\t150.5\t130\n",
      ],
      invalid: [
        "项目名称\t年初预算/万元\t实际支出/万元\n项目甲\t100\t90\n项目乙\t50.5\t40\n合计\t150.5\t140\n",
      ],
    },
  },
  check: { kind: "table-total" },
});
