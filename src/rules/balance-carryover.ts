import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "balance/carryover",
    type: "arithmetic",
    description: {
      zh: "同一句中的收支结余：收入（到位） − 支出 − 收回（调减） = 结转结余",
      en: "A balance stated in one sentence: funds in − spending − funds withdrawn = carry-over",
    },
    messages: {
      balance: {
        zh: "按同句数字，{{label}} 应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "From the figures of the same sentence, {{label}} should be {{expected}} ({{formula}}); the report states {{stated}}",
      },
    },
  },
  check: { kind: "balance" },
});
