import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/procurement",
  description: {
    zh: "政府采购执行率 = 实际采购金额 ÷ 采购计划（预算）金额",
    en: "Procurement execution = actual purchases ÷ planned purchases",
  },
  options: {
    names: ["政府采购执行率$", "采购执行率$"],
    inputs: {
      actual: {
        name: { zh: "实际采购金额", en: "actual purchases" },
        labels: ["实际采购", "采购金额", "实际.*采购"],
        exclude: ["计划", "预算"],
      },
      plan: {
        name: { zh: "采购计划金额", en: "planned purchases" },
        labels: ["采购计划", "采购预算", "计划"],
      },
    },
    variants: [{ name: { zh: "实际采购 ÷ 采购计划", en: "actual ÷ plan" }, formula: "actual / plan" }],
  },
  examples: {
    valid: ["政府采购计划金额120万元，实际采购金额112万元，政府采购执行率93.33%。"],
    invalid: ["政府采购计划金额120万元，实际采购金额112万元，政府采购执行率95.33%。"],
  },
});
