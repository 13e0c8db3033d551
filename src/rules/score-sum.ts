import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "score/sum",
    type: "arithmetic",
    description: {
      zh: "评分汇总：下级指标的分值、得分之和等于上级指标；一级指标分值之和等于总分值（100）；总得分等于一级指标得分之和加加分、减扣分",
      en: "Score roll-ups: the weights and scores of an indicator's children add up to its own; the top level's weights add up to the total weight (100); the total score is the top level's sum plus 加分 minus 扣分",
    },
    messages: {
      childWeights: {
        zh: "“{{row}}”的{{column}}应为其 {{count}} 个下级指标之和 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "“{{row}}”: the {{column}} should be the sum of its {{count}} sub-indicators, {{expected}} ({{formula}}); the report states {{stated}}",
      },
      childScores: {
        zh: "“{{row}}”的{{column}}应为其 {{count}} 个下级指标得分之和 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "“{{row}}”: the {{column}} should be the sum of its {{count}} sub-indicators' scores, {{expected}} ({{formula}}); the report states {{stated}}",
      },
      totalWeight: {
        zh: "“{{row}}”的{{column}}应为各项分值之和 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "“{{row}}”: the total {{column}} should be the sum of the weights, {{expected}} ({{formula}}); the report states {{stated}}",
      },
      totalScore: {
        zh: "“{{row}}”应为各项得分之和 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "“{{row}}” should be the sum of the scores, {{expected}} ({{formula}}); the report states {{stated}}",
      },
    },
    examples: {
      valid: [
        "1.预算编制情况，指标总分20分，自评得分20分。\n（1）预算编制，指标总分12分，自评得分12分。\n（2）目标设置，指标总分8分，自评得分8分。",
      ],
      invalid: [
        "2.预算执行情况，指标总分40分，自评得分39分。\n（1）保障措施，指标总分2分，自评得分2分。\n（2）支出管理，指标总分38分，自评得分38分。",
      ],
    },
  },
  check: { kind: "score-sum" },
});
