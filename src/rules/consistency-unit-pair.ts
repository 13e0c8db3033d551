import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "consistency/unit-pair",
    type: "consistency",
    description: {
      zh: "同一金额分别以“元”和“万元”（或“亿元”）书写时，两者只相差单位（11108222.47元 = 1110.82万元）；多写、漏写一位等笔误会被指出",
      en: "An amount written in 元 in one place and 万元 (or 亿元) in another under the same label differs by exactly the unit (11108222.47元 = 1110.82万元); a dropped or doubled digit is flagged",
    },
    messages: {
      unitPair: {
        zh: "{{label}} {{stated}} 与另处所写 {{other}} 换算后不一致：按后者应为 {{expected}}（{{formula}}）",
        en: "{{label}}: {{stated}} does not match {{other}} stated elsewhere, which is {{expected}} ({{formula}})",
      },
    },
    examples: {
      valid: ["本年度项目支出预算11108222.47元。……经核实，项目支出预算1110.82万元已全部执行。"],
      invalid: ["本年度项目支出预算1110822.47元。……经核实，项目支出预算1110.82万元已全部执行。"],
    },
  },
  check: { kind: "unit-pair" },
});
