import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/budget-adjustment",
  description: {
    zh: "预算调整率 = 预算调整数 ÷ 年初预算数",
    en: "Budget adjustment rate = adjustment ÷ initial budget",
  },
  options: {
    names: ["预算调整率$", "预算控制率$"],
    inputs: {
      adjustment: {
        name: { zh: "预算调整数", en: "adjustment" },
        labels: ["调整数", "追加", "调增", "调整预算"],
        exclude: ["年初"],
      },
      initial: { name: { zh: "年初预算数", en: "initial budget" }, labels: ["年初预算", "年初"] },
    },
    variants: [
      { name: { zh: "调整数 ÷ 年初预算", en: "adjustment ÷ initial" }, formula: "adjustment / initial" },
    ],
  },
  examples: {
    valid: ["年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率39.93%。"],
    invalid: ["年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率93.39%。"],
  },
});
