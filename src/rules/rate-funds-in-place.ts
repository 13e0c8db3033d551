import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/funds-in-place",
  description: {
    zh: "资金到位率 = 实际到位资金 ÷ 预算（计划）资金",
    en: "Funds-in-place rate = funds received ÷ budgeted funds",
  },
  options: {
    names: ["资金到位率$", "^到位率$", "资金拨付率$", "^拨付率$"],
    inputs: {
      received: {
        name: { zh: "实际到位资金", en: "funds received" },
        labels: ["实际到位", "到位资金", "已到位", "实际拨付", "已拨付"],
      },
      budget: {
        name: { zh: "预算资金", en: "budgeted funds" },
        labels: ["预算", "计划", "下达"],
        exclude: ["到位", "拨付", "支出"],
      },
    },
    variants: [{ name: { zh: "实际到位 ÷ 预算", en: "received ÷ budget" }, formula: "received / budget" }],
  },
  examples: {
    valid: ["项目预算资金500万元，实际到位资金450万元，资金到位率90%。"],
    invalid: ["项目预算资金500万元，实际到位资金450万元，资金到位率95%。"],
  },
});
