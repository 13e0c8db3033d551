import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/carryover",
  description: {
    zh: "结转结余率 = 结转结余总额 ÷ 预算数；变体：÷ 本年支出完成数",
    en: "Carry-over rate = carry-over ÷ budget; variant: ÷ spending of the year",
  },
  options: {
    names: ["结转结余率$", "^结余率$", "资金结余率$"],
    inputs: {
      balance: {
        name: { zh: "结转结余", en: "carry-over" },
        labels: ["结转结余", "结余", "结转"],
        exclude: ["上年", "年初"],
      },
      budget: {
        name: { zh: "预算数", en: "budget" },
        labels: ["预算", "资金总额", "总投入", "到位", "下达", "资金$"],
        exclude: ["支出", "结余", "结转"],
      },
      spent: { name: { zh: "支出完成数", en: "spending" }, labels: ["支出"], exclude: ["预算"] },
    },
    variants: [
      { name: { zh: "结转结余 ÷ 预算", en: "carry-over ÷ budget" }, formula: "balance / budget" },
      { name: { zh: "结转结余 ÷ 支出", en: "carry-over ÷ spending" }, formula: "balance / spent" },
    ],
  },
  examples: {
    valid: ["2019年整合资金21621.62万元，共结余3134.51万元，结余率14.50%。"],
    invalid: ["2019年整合资金21621.62万元，共结余3134.51万元，结余率12.66%。"],
  },
});
