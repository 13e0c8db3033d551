import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "formula/chain",
    type: "arithmetic",
    description: {
      zh: "报告写出的算式（名称=表达式=…=值）逐步相等",
      en: "A formula written out in the report (name = expression = … = value) holds at every step",
    },
    messages: {
      mismatch: {
        zh: "算式 {{formula}} 的结果应为 {{expected}}，报告写为 {{stated}}",
        en: "The formula {{formula}} gives {{expected}}; the report writes {{stated}}",
      },
    },
  },
  check: { kind: "formula-chain" },
});
