import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "table/prose-total",
    type: "consistency",
    description: {
      zh: "正文所述金额与紧邻表格中对应列之和一致（如绩效目标表“预算投入”列之和与正文“项目收入”）；仅在相符或一处笔误即可相符时提出",
      en: "An amount the prose states agrees with the sum of the matching column of the table next to it (the 预算投入 column of a 绩效目标表 and the 项目收入 of the text); raised only when it holds or one typing slip would make it hold",
    },
    messages: {
      columnSum: {
        zh: "{{label}} {{stated}} 与“{{table}}”中{{column}}列 {{rows}} 项之和 {{expected}}（{{formula}}）不符",
        en: "{{label}} {{stated}} differs from the sum of the {{rows}} rows of the {{column}} column of “{{table}}”, {{expected}} ({{formula}})",
      },
    },
    examples: {
      valid: [
        "绩效目标表\n\n\t序号\n\t名称\n\t预算投入的资金（万元）\n\n\t1\n\t甲项目\n\t100\n\n\t2\n\t乙项目\n\t200.5\n\n\t3\n\t丙项目\n\t50\n\n年初安排项目收入为350.50万元。\n",
      ],
      invalid: [
        "绩效目标表\n\n\t序号\n\t名称\n\t预算投入的资金（万元）\n\n\t1\n\t甲项目\n\t100\n\n\t2\n\t乙项目\n\t200.5\n\n\t3\n\t丙项目\n\t50\n\n年初安排项目收入为360.50万元。\n",
      ],
    },
  },
  check: { kind: "table-prose" },
});
