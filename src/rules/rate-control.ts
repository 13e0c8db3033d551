import { defineRule, RATE_MESSAGES } from "./define.js";

export default defineRule({
  meta: {
    id: "rate/control",
    type: "arithmetic",
    description: {
      zh: "“三公”经费 / 公用经费控制率 = 实际支出数 ÷ 预算安排数（0 ÷ 0 按惯例记为 100%）",
      en: "Control rate of “three public” or public expenses = actual ÷ budgeted (0 ÷ 0 is written 100 % by convention)",
    },
    messages: RATE_MESSAGES,
  },
  check: {
    kind: "named-rate",
    options: {
      names: ["控制率$"],
      context: "三公|公用经费",
      inputs: {
        actual: {
          name: { zh: "实际支出数", en: "actual spending" },
          labels: ["实际支出", "支出数", "决算数"],
          exclude: ["预算"],
        },
        budget: {
          name: { zh: "预算安排数", en: "budgeted amount" },
          labels: ["预算安排", "预算数", "预算$"],
        },
      },
      variants: [
        { name: { zh: "实际支出数 ÷ 预算安排数", en: "actual ÷ budgeted" }, formula: "actual / budget" },
      ],
      zeroOverZero: 1,
    },
  },
});
