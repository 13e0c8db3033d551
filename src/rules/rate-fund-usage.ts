import { defineRule, RATE_MESSAGES } from "./define.js";

export default defineRule({
  meta: {
    id: "rate/fund-usage",
    type: "arithmetic",
    description: {
      zh: "资金使用率（实际支出率）= 实际支出 ÷ 实际到位（拨付）资金；变体：÷（到位 − 财政收回），÷ 预算",
      en: "Fund usage rate = actual spending ÷ funds actually received; variants: ÷ (received − withdrawn), ÷ budget",
    },
    messages: RATE_MESSAGES,
  },
  check: {
    kind: "named-rate",
    options: {
      names: ["资金使用率$", "实际支出率$", "资金支出率$", "资金执行率$"],
      inputs: {
        spent: {
          name: { zh: "实际支出", en: "actual spending" },
          labels: ["实际支出", "已分配/支出", "已支出", "^支出$", "实际使用"],
        },
        received: {
          name: { zh: "实际到位资金", en: "funds received" },
          labels: ["实际到位", "实际拨付", "到位", "收到", "实际下达"],
          exclude: ["上年结转"],
        },
        withdrawn: { name: { zh: "财政收回", en: "funds withdrawn" }, labels: ["收回", "统筹收回", "调减"] },
        budget: {
          name: { zh: "预算", en: "budget" },
          labels: ["预算$", "年初预算", "部门预算", "预算数"],
          exclude: ["到位", "拨付", "收到", "支出"],
        },
      },
      variants: [
        { name: { zh: "实际支出 ÷ 实际到位", en: "spent ÷ received" }, formula: "spent / received" },
        {
          name: { zh: "实际支出 ÷（实际到位 − 财政收回）", en: "spent ÷ (received − withdrawn)" },
          formula: "spent / (received - withdrawn)",
        },
        { name: { zh: "实际支出 ÷ 预算", en: "spent ÷ budget" }, formula: "spent / budget" },
      ],
    },
  },
});
