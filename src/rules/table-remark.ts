import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "table/remark",
    type: "consistency",
    description: {
      zh: "备注中的金额与本行数字一致：年中调减 = 年初预算 − 实际划拨；年末收回（结余、结转）= 实际划拨 − 实际支出；追加 = 实际划拨 − 年初预算",
      en: "A remark's amount agrees with its row: 调减 = initial − allocated; 收回 (结余, 结转) = allocated − spent; 追加 = allocated − initial",
    },
    messages: {
      remark: {
        zh: "表中“{{row}}”的{{column}}称{{movement}} {{stated}}，按本行数字应为 {{expected}}（{{formula}}）",
        en: "In the table, the {{column}} of “{{row}}” states {{movement}} {{stated}}; the row's figures give {{expected}} ({{formula}})",
      },
    },
    examples: {
      valid: [
        "项目名称\t年初预算/万元\t实际划拨/万元\t实际支出/万元\t备注\n中小企业发展专项资金\t1000\t1000\t952.2\t财政年末收回47.8万元\n",
      ],
      invalid: [
        "项目名称\t年初预算/万元\t实际划拨/万元\t实际支出/万元\t备注\n扶持企业技改专项资金\t10000\t9927\t9924\t财政年末收回5万元\n",
      ],
    },
  },
  check: { kind: "table-remark" },
});
