/**
 * Grades: the stated grade of a score (绩效等级为优, `☑优`, `<input checked … /> 优`), the score it
 * grades, and the bands a document writes next to its checkboxes (`优 90分≤得分≤100分；良 80分≤得分<90分`).
 * The default bands are rule data (src/rules/score-grade.ts); bands written in the report win.
 */

import { D, type Decimal } from "../checks/decimal.js";
import type { ExtractedFigure } from "../extract/figures.js";
import type { Span } from "../types.js";
import { lowerBound } from "./values.js";

export interface Band {
  /** The grade's canonical word (优, 良, 中, 差). */
  readonly grade: string;
  /** The lowest total of the band (inclusive); null for the lowest band. */
  readonly min: Decimal | null;
  /** Words that mean the same grade (优秀 for 优). */
  readonly synonyms: readonly string[];
}

export interface GradeStatement {
  /** The grade as written. */
  readonly word: string;
  readonly span: Span;
  /** The total it grades (a stated figure), when found. */
  readonly total: ExtractedFigure | null;
}

/** Grade words, longest first so that 优秀 is read before 优. */
export const GRADE_WORD = /不合格|优秀|良好|合格|较好|一般|较差|中等|优|良|中|差/;

/** The band a grade word belongs to, by canonical word or synonym. */
export function bandOf(word: string, bands: readonly Band[]): Band | null {
  return bands.find((b) => b.grade === word || b.synonyms.includes(word)) ?? null;
}

/** The band a total falls in: the highest band whose lower bound it reaches. */
export function bandFor(total: Decimal, bands: readonly Band[]): Band | null {
  const ordered = [...bands].sort((a, b) => (b.min ?? new D(-1e9)).cmp(a.min ?? new D(-1e9)));
  return ordered.find((b) => b.min === null || total.gte(b.min)) ?? null;
}

/** The lower bound of the band above `band` (its exclusive upper bound), if any. */
export function upperOf(band: Band, bands: readonly Band[]): Decimal | null {
  const lo = band.min;
  const mins = bands.map((b) => b.min).filter((m): m is Decimal => m !== null);
  const above = lo === null ? mins : mins.filter((m) => m.gt(lo));
  return above.length ? D.min(...above) : null;
}

const CHECKED = /(?:<input\b[^>]*\bchecked\b[^>]*>|[☑☒✔✓√■●▣])\s*/g;

/** Grades marked by a ticked checkbox: `<input checked="" type="checkbox"/> 优`, `☑优`, `√优秀`. */
export function checkedGrades(text: string, from: number, to: number): { word: string; span: Span }[] {
  const out: { word: string; span: Span }[] = [];
  const slice = text.slice(from, to);
  CHECKED.lastIndex = 0;
  for (let m = CHECKED.exec(slice); m; m = CHECKED.exec(slice)) {
    const at = m.index + m[0].length;
    const w = new RegExp(`^(?:${GRADE_WORD.source})`).exec(slice.slice(at));
    if (w) out.push({ word: w[0], span: { start: from + at, end: from + at + w[0].length } });
  }
  return out;
}

/**
 * Bands written in a legend: `优 90分≤得分≤100分； 良 80分≤得分<90分； 中 60分≤得分<80分； 差 得分<60分`.
 * Null unless every grade named has a lower bound or is the lowest.
 */
export function legendBands(text: string): Band[] | null {
  const re = new RegExp(
    `(${GRADE_WORD.source})\\s*(?:[(（]?\\s*)?(?:(\\d+(?:\\.\\d+)?)\\s*分?\\s*[≤<=]+\\s*)?(?:得分|总分|分数)`,
    "g",
  );
  const out: Band[] = [];
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ grade: m[1]!, min: m[2] ? new D(m[2]) : null, synonyms: [] });
  if (out.length < 3 || out.filter((b) => b.min === null).length > 1) return null;
  return out;
}

const STATEMENT = new RegExp(
  `(?:评价|绩效|自评|综合|考核|评定)?等级(?:评定)?(?:结果)?\\s*(?:为|是|:|：|评定为|确定为)?\\s*[“"]?(${GRADE_WORD.source})(?![良好秀格等较般差])`,
  "g",
);
/** The label of a whole evaluation's score: 自评分数, 绩效自评得分, 综合评分, 总分 (not 满意度得分). */
export const TOTAL_SCORE =
  /(?:自评|评价|综合|考核|绩效)\S{0,4}(?:总分|分数|得分|总得分|评分)$|(?:^|[，,、\s])(?:总分|总得分|综合得分|得分合计)$/;

/**
 * Grades stated in prose (`自评分数为99.83分，绩效等级为优`), each with the total it grades: the
 * nearest score before it within the window, labelled as a total (分数, 得分, 总分).
 */
export function proseGrades(norm: string, figures: readonly ExtractedFigure[]): GradeStatement[] {
  const out: GradeStatement[] = [];
  STATEMENT.lastIndex = 0;
  for (let m = STATEMENT.exec(norm); m; m = STATEMENT.exec(norm)) {
    const word = m[1]!;
    const start = m.index + m[0].length - word.length;
    let total: ExtractedFigure | null = null;
    for (let k = lowerBound(figures, m.index) - 1; k >= 0; k--) {
      const f = figures[k]!;
      if (f.span.end > m.index) continue;
      if (m.index - f.span.end > 60) break;
      if (f.kind === "score" && !f.approx && TOTAL_SCORE.test(f.label.replace(/[为是:：\s]+$/, ""))) {
        total = f;
        break;
      }
    }
    out.push({ word, span: { start, end: start + word.length }, total });
  }
  return out;
}
