import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "share/of-total",
    type: "arithmetic",
    description: {
      zh: "占比（占…%、占比、所占比重）等于分项 ÷ 其所指的总额",
      en: "A share (占…%, 占比, 所占比重) equals the part divided by the total it refers to",
    },
    messages: {
      share: {
        zh: "{{label}} 占 {{total}} 的比重应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "{{label}} as a share of {{total}} is {{expected}} ({{formula}}); the report states {{stated}}",
      },
      completion: {
        zh: "{{label}} 为 {{total}} 的 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "{{label}} is {{expected}} of {{total}} ({{formula}}); the report states {{stated}}",
      },
    },
  },
  check: { kind: "share" },
});
