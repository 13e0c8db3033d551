import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "change/points",
    type: "arithmetic",
    description: {
      zh: "百分点差：本期比率 − 比较期比率 = 提高（下降）的百分点",
      en: "Percentage points: the rate minus the rate it is compared with equals the points stated",
    },
    messages: {
      points: {
        zh: "{{label}} 与比较值相差应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "{{label}} differs from the compared rate by {{expected}} ({{formula}}); the report states {{stated}}",
      },
    },
  },
  check: { kind: "points" },
});
