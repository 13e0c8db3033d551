import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "score/from-rate",
    type: "arithmetic",
    description: {
      zh: "按比例计分：评分表某项说明“按比例计分”并给出实际达到的比率时，得分 = 率 × 分值（或满分封顶 min(率, 100%) × 分值）",
      en: "Proportional scoring: where a score-sheet item says its points are given in proportion (按比例计分) and states the rate achieved, score = rate × weight (or min(rate, 100%) × weight, capped at full marks)",
    },
    messages: {
      fromRate: {
        zh: "“{{row}}”按比例计分，得分应为 {{expected}}（{{formula}}），报告为 {{stated}}",
        en: "“{{row}}” is scored in proportion: the score should be {{expected}} ({{formula}}); the report states {{stated}}",
      },
    },
    examples: {
      valid: [
        "1.预算执行情况，指标总分10分，自评得分9分。\n（1）预算执行率，指标总分5分，自评得分4.5分。全年平均执行率为90%，按比例计分。\n（2）预算调整，指标总分5分，自评得分4.5分。",
      ],
      invalid: [
        "1.预算执行情况，指标总分10分，自评得分7.5分。\n（1）预算执行率，指标总分5分，自评得分3分。全年平均执行率为90%，按比例计分。\n（2）预算调整，指标总分5分，自评得分4.5分。",
      ],
    },
  },
  check: { kind: "score-rate" },
});
