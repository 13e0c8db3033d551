import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "change/growth",
    type: "arithmetic",
    description: {
      zh: "同比变动：增减额 = 本期 − 上期，增长率 = 增减额 ÷ 上期，方向与增加/减少一致",
      en: "Year-on-year change: difference = current − previous, growth = difference ÷ previous, in the direction the words state",
    },
    messages: {
      difference: {
        zh: "{{label}} 的增减额应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "The change in {{label}} is {{expected}} ({{formula}}); the report states {{stated}}",
      },
      rate: {
        zh: "{{label}} 的增减幅度应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "The growth rate of {{label}} is {{expected}} ({{formula}}); the report states {{stated}}",
      },
    },
  },
  check: { kind: "change" },
});
