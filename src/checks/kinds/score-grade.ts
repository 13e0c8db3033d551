/**
 * The stated grade matches the total under the bands (indicators.md §3): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60,
 * 差 below, by default; 优秀 / 良好 / 合格 read as 优 / 良 / 中. The bands are the rule's options —
 * unless the sheet writes its own next to its checkboxes (`良 80分≤得分<90分`). A grade that does not
 * match is a conclusion changed: gross.
 *
 * The relations are carried by figures standing at the grade word, so that a finding points at it:
 * lower bound ≤ total (the total, read at the grade), and total ≤ the bound of the band above less
 * one unit of the total's last written digit (that bound, read at the grade). When a sheet's own
 * scores add up to a total in another band than the grade stated, that is checked too.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import type { GradeOptions } from "../../rules/define.js";
import {
  type Band,
  bandFor,
  bandOf,
  type GradeStatement,
  proseGrades,
  upperOf,
} from "../../tables/grades.js";
import type { ScoreSheet } from "../../tables/score-model.js";
import { D, type Decimal, fixed } from "../decimal.js";
import { type Expr, evaluate, figuresOf } from "../expr.js";
import type { Relation } from "../relation.js";
import { complete, totalExpr, totalParts } from "./score-common.js";
import { exact, scoreSheets } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

function bands(options: GradeOptions): Band[] {
  return options.bands.map((b) => ({
    grade: b.grade,
    min: b.min === null ? null : new D(String(b.min)),
    synonyms: b.synonyms,
  }));
}

/** "90 ≤ 得分", "80 ≤ 得分 < 90", "得分 < 60". */
function describe(band: Band, all: readonly Band[]): string {
  const hi = upperOf(band, all);
  const lo = band.min;
  if (lo !== null && hi !== null) return `${lo.toFixed()} ≤ 得分 < ${hi.toFixed()}`;
  if (lo !== null) return `${lo.toFixed()} ≤ 得分`;
  return hi !== null ? `得分 < ${hi.toFixed()}` : "";
}

/** A figure at the grade word: a bound of the grade's band, or the total it grades. */
function atGrade(g: GradeStatement, id: number, value: Decimal, decimals: number): ExtractedFigure {
  return Object.freeze({
    id,
    raw: g.word,
    digits: fixed(value, decimals),
    value,
    unit: "分",
    kind: "score",
    scale: new D(1),
    decimals,
    exact: true,
    approx: false,
    unitInherited: false,
    span: g.span,
    numberSpan: g.span,
    label: "等级",
    labelSpan: g.span,
    sentence: g.total?.sentence ?? 0,
    paragraph: g.total?.paragraph ?? 0,
  });
}

function decimalsOf(e: Expr): number {
  return Math.max(0, ...figuresOf(e).map((x) => x.fig.decimals));
}

function gradeRelations(
  ruleId: string,
  g: GradeStatement,
  total: Expr,
  totalText: string,
  all: readonly Band[],
  messageId: "grade" | "gradeByParts",
): Relation[] {
  const band = bandOf(g.word, all);
  const value = evaluate(total, { mode: "exact" });
  if (!band || !value) return [];
  const expected = bandFor(value.lo, all);
  if (!expected) return [];
  const d = decimalsOf(total);
  const data = {
    grade: g.word,
    total: totalText,
    expectedGrade: expected.grade,
    band: describe(expected, all),
  };
  const base = {
    ruleId,
    compare: "le" as const,
    explicit: true,
    exactInputs: false,
    messageId,
    data,
    direction: 1 as const,
  };
  const out: Relation[] = [];
  const offset = messageId === "grade" ? 0 : 4_000_000;
  if (band.min !== null)
    out.push({
      ...base,
      target: atGrade(g, -2_000_000 - offset - g.span.start, value.lo, d),
      variants: [{ name: "≥", expr: { t: "const", v: band.min } }],
    });
  const hi = upperOf(band, all);
  if (hi !== null)
    out.push({
      ...base,
      target: atGrade(g, -3_000_000 - offset - g.span.start, hi.minus(new D(10).pow(-d)), d),
      variants: [{ name: "<", expr: total }],
    });
  return out;
}

/** The sheet a stated total belongs to, if any. */
function sheetOf(sheets: readonly ScoreSheet[], total: ExtractedFigure | null): ScoreSheet | undefined {
  return total ? sheets.find((s) => s.total?.score?.id === total.id) : undefined;
}

export const scoreGrade: KindFn<GradeOptions | undefined> = (ctx, ruleId, options) => {
  const out = empty();
  if (!options) return out;
  const defaults = bands(options);
  const sheets = scoreSheets(ctx);
  const statements = new Map<number, { g: GradeStatement; sheet?: ScoreSheet }>();
  for (const s of sheets) if (s.grade) statements.set(s.grade.span.start, { g: s.grade, sheet: s });
  for (const g of proseGrades(ctx.norm, ctx.figures))
    if (!statements.has(g.span.start)) statements.set(g.span.start, { g, sheet: sheetOf(sheets, g.total) });
  for (const { g, sheet } of statements.values()) {
    const all = sheet?.bands ?? defaults;
    if (g.total)
      out.relations.push(...gradeRelations(ruleId, g, exact(g.total, "total"), g.total.raw, all, "grade"));
    // The sheet's own scores: a total in another band than the grade stated.
    const parts = sheet && complete(sheet) ? totalParts(sheet) : null;
    if (!parts) continue;
    const e = totalExpr(parts);
    const v = evaluate(e, { mode: "exact" });
    const stated = bandOf(g.word, all);
    const byParts = v ? bandFor(v.lo, all) : null;
    const byTotal = g.total ? bandFor(g.total.value, all) : null;
    // Only where the parts put the total in another band than the stated total does (else the
    // check of the stated total says it all).
    if (!v || !stated || !byParts || byParts.grade === stated.grade || byParts.grade === byTotal?.grade)
      continue;
    out.relations.push(...gradeRelations(ruleId, g, e, fixed(v.lo, decimalsOf(e)), all, "gradeByParts"));
  }
  return out;
};
