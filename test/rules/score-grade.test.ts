import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import rule, { withBands } from "../../src/rules/score-grade.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_003, seedLines } from "../tables/seed.js";

const sheet003 = seedLines(SEED_003, 15, 48);

runRuleTests(rule, {
  valid: [
    "根据相关要求和标准，我局部门整体支出绩效自评分数为99.83分，绩效等级为优。",
    "通过绩效指标定量和定性分析，我局绩效目标完成好，自评得分为94分，自评等级为优秀。",
    // a page's blank line between 等级 and its grade (seed 004)
    "我局促进工业和信息化发展工作经费绩效自评分数为100分, 绩效等级\n\n为优。",
    // both bounds of 良: 80 ≤ 89.99 < 90
    { text: "项目自评得分为89.99分，评价等级为良好。", checks: 2 },
    // seed 003: ☑ 优 beside 总分 94.31, under the bands its own legend writes
    sheet003,
    // the total row states the grade (devset 003)
    "| 一级指标 | 分值 | 得分 | 等级 |\n| 产出指标 | 50 | 48 | |\n| 效益指标 | 50 | 48 | |\n| 总分 | 100 | 96 | 优 |\n",
  ],
  invalid: [
    {
      text: "我局部门整体支出绩效自评分数为85分，绩效等级为优。",
      findings: [{ severity: "error", at: "优", gross: true, messageId: "grade" }],
    },
    {
      text: "项目自评得分为92分，评价等级为良好。",
      findings: [{ severity: "error", at: "良好", gross: true, messageId: "grade" }],
    },
    {
      // 90.00 is 优: 良 stops short of 90
      text: "项目自评得分为90.00分，评价等级为良。",
      findings: [{ severity: "error", at: "良", gross: true }],
    },
    {
      // seed 003 with 良 ticked: 94.31 is 优 under the legend's bands
      text: sheet003
        .replace('<input checked="" type="checkbox"/> 优', '<input type="checkbox"/> 优')
        .replace('<input type="checkbox"/> 良', '<input checked="" type="checkbox"/> 良'),
      findings: [{ severity: "error", at: "良", gross: true }],
    },
    {
      // the outline's own scores add up to 85 (良) while the report states 92 and 优
      text: "我单位部门整体支出绩效自评分数为92分，绩效等级为优。\n1.预算编制，指标总分50分，自评得分40分。\n2.预算执行，指标总分50分，自评得分45分。",
      findings: [{ severity: "error", at: "优", gross: true, messageId: "gradeByParts" }],
    },
  ],
});

describe("regional bands", () => {
  it("grades under bands given in a config (优 ≥ 95)", () => {
    const strict = withBands([
      { grade: "优", min: 95 },
      { grade: "良", min: 80 },
      { grade: "中", min: 60 },
      { grade: "差", min: null },
    ]);
    const r = audit("项目自评得分为94分，评价等级为优秀。", { rules: [strict] });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.gross, f.data.expectedGrade])).toEqual([
      ["score/grade", "error", true, "良"],
    ]);
  });
});
