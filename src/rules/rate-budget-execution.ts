import { defineRule, RATE_MESSAGES } from "./define.js";

export default defineRule({
  meta: {
    id: "rate/budget-execution",
    type: "arithmetic",
    description: {
      zh: "预算执行率（支出完成率、预算完成率）= 实际支出（执行数）÷ 预算数；变体：调整后预算、年初预算、财政下达",
      en: "Budget execution rate = actual spending ÷ budget; variants: adjusted budget, initial budget, funds allocated",
    },
    messages: RATE_MESSAGES,
  },
  check: {
    kind: "named-rate",
    options: {
      names: ["预算执行率$", "支出完成率$", "预算完成率$", "^执行率$", "支出执行率$", "支出进度$"],
      inputs: {
        spent: {
          name: { zh: "实际支出（执行数）", en: "actual spending" },
          labels: ["实际支出", "执行数", "决算数", "支出数", "已支出", "完成数", "^执行$"],
          exclude: ["预算"],
        },
        budget: {
          name: { zh: "预算数", en: "budget" },
          labels: ["调整后预算", "全年预算", "预算数$", "预算$", "财政下达", "下达"],
          exclude: ["年初", "执行", "支出$", "支出数", "决算"],
        },
        initial: { name: { zh: "年初预算", en: "initial budget" }, labels: ["年初预算"] },
        received: {
          name: { zh: "实际到位", en: "funds received" },
          labels: ["实际到位", "实际拨付", "到位", "已拨付"],
        },
      },
      variants: [
        { name: { zh: "实际支出 ÷ 预算数", en: "spent ÷ budget" }, formula: "spent / budget" },
        { name: { zh: "实际支出 ÷ 年初预算", en: "spent ÷ initial budget" }, formula: "spent / initial" },
        { name: { zh: "实际支出 ÷ 实际到位", en: "spent ÷ received" }, formula: "spent / received" },
      ],
    },
  },
});
