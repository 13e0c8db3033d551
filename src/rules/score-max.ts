import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "score/max",
    type: "arithmetic",
    description: {
      zh: "评分表（表格或“指标总分X分，自评得分Y分”的分项说明）中每项得分不超过其分值",
      en: "In a score sheet (a table, or an outline of “指标总分X分，自评得分Y分”), no score exceeds its weight",
    },
    messages: {
      exceeds: {
        zh: "“{{row}}”的{{column}} {{stated}} 超过其{{weightColumn}} {{weight}}",
        en: "“{{row}}”: the {{column}} {{stated}} exceeds its {{weightColumn}} of {{weight}}",
      },
    },
    examples: {
      valid: ["1.预算编制情况，指标总分20分，自评得分20分。\n2.预算执行情况，指标总分40分，自评得分39分。"],
      invalid: ["1.预算编制情况，指标总分20分，自评得分21分。\n2.预算执行情况，指标总分40分，自评得分39分。"],
    },
  },
  check: { kind: "score-max" },
});
