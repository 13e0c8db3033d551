import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/budget-final-difference",
  description: {
    zh: "预决算差异率 =（决算数 − 年初预算数）÷ 年初预算数",
    en: "Budget–final-accounts difference = (final − initial budget) ÷ initial budget",
  },
  options: {
    names: ["预决算差异率$"],
    inputs: {
      final: { name: { zh: "决算数", en: "final accounts" }, labels: ["决算"] },
      initial: {
        name: { zh: "年初预算数", en: "initial budget" },
        labels: ["年初预算", "预算数"],
        exclude: ["决算"],
      },
    },
    variants: [
      {
        name: { zh: "(决算 − 年初预算) ÷ 年初预算", en: "(final − initial) ÷ initial" },
        formula: "(final - initial) / initial",
      },
    ],
  },
  examples: {
    valid: ["财政拨款收入年初预算数1200万元，决算数1260万元，预决算差异率5%。"],
    invalid: ["财政拨款收入年初预算数1200万元，决算数1260万元，预决算差异率6%。"],
  },
});
