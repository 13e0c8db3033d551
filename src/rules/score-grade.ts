import { defineRule, type GradeOptions, type Rule, type RuleMeta } from "./define.js";

const meta: RuleMeta = {
  id: "score/grade",
  type: "consistency",
  description: {
    zh: "评价等级与总分相符：默认 优 ≥ 90、良 ≥ 80、中 ≥ 60、差 < 60（优秀、良好、合格 同义）；报告自列的等级区间优先",
    en: "The grade matches the total score: by default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (优秀, 良好, 合格 alike); bands the report writes itself take precedence",
  },
  messages: {
    grade: {
      zh: "总分 {{total}} 对应的等级为“{{expectedGrade}}”（{{band}}），报告为“{{stated}}”",
      en: "A total of {{total}} is graded “{{expectedGrade}}” ({{band}}); the report states “{{stated}}”",
    },
    gradeByParts: {
      zh: "各项得分之和为 {{total}}（{{formula}}），对应的等级为“{{expectedGrade}}”（{{band}}），报告为“{{stated}}”",
      en: "The scores add up to {{total}} ({{formula}}), graded “{{expectedGrade}}” ({{band}}); the report states “{{stated}}”",
    },
  },
  examples: {
    valid: ["我局部门整体支出绩效自评分数为99.83分，绩效等级为优。"],
    invalid: ["我局部门整体支出绩效自评分数为85分，绩效等级为优。"],
  },
};

/** 财预〔2020〕10号: 优 90 (含) – 100, 良 80 (含) – 90, 中 60 (含) – 80, 差 below 60. */
export const DEFAULT_BANDS: GradeOptions["bands"] = [
  { grade: "优", min: 90, synonyms: ["优秀"] },
  { grade: "良", min: 80, synonyms: ["良好", "较好"] },
  { grade: "中", min: 60, synonyms: ["合格", "中等", "一般"] },
  { grade: "差", min: null, synonyms: ["不合格", "较差"] },
];

/**
 * The rule under another region's bands (a config's `grades`: `[{ "grade": "优", "min": 90 }, …]`);
 * a grade without a listed synonym keeps the default ones.
 */
export function withBands(
  bands: readonly { grade: string; min: number | null; synonyms?: string[] }[],
): Rule {
  const synonyms = (g: string) => DEFAULT_BANDS.find((b) => b.grade === g)?.synonyms ?? [];
  return defineRule({
    meta,
    check: {
      kind: "score-grade",
      options: {
        bands: bands.map((b) => ({ grade: b.grade, min: b.min, synonyms: b.synonyms ?? synonyms(b.grade) })),
      },
    },
  });
}

export default withBands(DEFAULT_BANDS);
