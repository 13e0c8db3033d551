/**
 * What the check kinds share about one text: figures by sentence and paragraph, parenthesis
 * depth, label matching, and a debug log of binding decisions (`--verbose`).
 */
import type { Analysis, ExtractedFigure } from "../extract/index.js";
import type { Decimal } from "./decimal.js";

export interface BindingLog {
  debug(obj: Record<string, unknown>, msg: string): void;
}

export interface Context {
  readonly a: Analysis;
  readonly norm: string;
  readonly figures: readonly ExtractedFigure[];
  readonly bySentence: readonly (readonly ExtractedFigure[])[];
  readonly byParagraph: readonly (readonly ExtractedFigure[])[];
  /** Parenthesis depth at each offset of the text. */
  readonly depth: Int32Array;
  readonly log: BindingLog;
}

const NO_LOG: BindingLog = { debug() {} };

export function makeContext(a: Analysis, log: BindingLog = NO_LOG): Context {
  const bySentence: ExtractedFigure[][] = a.segments.sentences.map(() => []);
  const byParagraph: ExtractedFigure[][] = a.segments.paragraphs.map(() => []);
  for (const f of a.figures) {
    bySentence[f.sentence]?.push(f);
    byParagraph[f.paragraph]?.push(f);
  }
  const depth = new Int32Array(a.norm.length + 1);
  let d = 0;
  for (let i = 0; i < a.norm.length; i++) {
    const c = a.norm.charCodeAt(i);
    if (c === 40) d++; // (
    depth[i] = d;
    if (c === 41 && d > 0) d--; // )
    if (c === 10) d = 0; // an unclosed parenthesis never spills over a line
  }
  return { a, norm: a.norm, figures: a.figures, bySentence, byParagraph, depth, log };
}

/** Quantities that can be added together or divided by each other. */
export function sameFamily(x: ExtractedFigure, y: ExtractedFigure): boolean {
  if (x.kind === "money" && y.kind === "money") return true;
  if (x.kind === "count" && y.kind === "count")
    return unitRoot(x.unit) === unitRoot(y.unit) || isPeople(x, y);
  if (x.kind === "measure" && y.kind === "measure") return unitRoot(x.unit) === unitRoot(y.unit);
  return x.kind === y.kind && x.kind !== "plain";
}

function unitRoot(u: string): string {
  return u.replace(/^[万亿]/, "");
}

function isPeople(x: ExtractedFigure, y: ExtractedFigure): boolean {
  const p = /^[万]?(人|名)$/;
  return p.test(x.unit) && p.test(y.unit);
}

/** The text between two offsets. */
export function between(ctx: Context, from: number, to: number): string {
  return ctx.norm.slice(from, Math.max(from, to));
}

const GENERIC_PREFIX =
  /^(?:20\d\d年度?|本年度?|当年度?|全年|年度|上年度?|我局|我单位|本单位|单位|本部门|部门|全市|全县|全区|的)+/;

/** The words a label is compared on: years and generic prefixes removed. */
export function core(label: string): string {
  return label
    .replace(/[“”"'‘’「」\s]/g, "")
    .replace(/\d+/g, "")
    .replace(GENERIC_PREFIX, "");
}

/**
 * How well a figure's label matches a name written in the text (占全年总支出的…): the share of the
 * name's characters found in the label, provided the name's head noun (its last two characters)
 * is in the label. 0 when the name has no head.
 */
export function labelScore(name: string, label: string): number {
  const n0 = core(name);
  // 占本年支出合计的86%: a label drops the 合计 its total is named with.
  const n = /..(?:合计|总计|总额)$/.test(n0) && !core(label).includes(n0.slice(-2)) ? n0.slice(0, -2) : n0;
  const l = core(label);
  if (n.length < 2 || l.length === 0) return 0;
  const head = n.slice(-2);
  if (!l.includes(head)) return 0;
  if (l.includes(n)) return 1;
  const chars = new Set(l);
  let hit = 0;
  for (const ch of n) if (chars.has(ch)) hit++;
  return hit / n.length;
}

/** Quantity nouns a named total can end with; a name without one (全市, 全省) names no figure. */
export const QUANTITY_HEAD =
  /(?:支出|收入|预算|资金|经费|拨款|总额|金额|投资|计划|产值|增加值|税收|规模|数|费|额|款|总量|人数|编制|合计|总计)$/;

const CLAUSE_STOP = /[，,；;。：:\n\t！？!?]/;
const CLAUSE_TAIL = /(?:为|是|达到|达|约为|约|共计|合计|总计|累计|共|计|有|了|的|分别为|分别)+$/;

/**
 * The whole clause before a figure (from the last clause break), with trailing verbs removed:
 * "2020年我局收到中央、省级" for "…收到中央、省级共49583.15万元". Labels stop at 、; this does not.
 */
export function clauseLabel(ctx: Context, f: ExtractedFigure): string {
  let k = f.numberSpan.start;
  const floor = Math.max(0, k - 60);
  while (k > floor && !CLAUSE_STOP.test(ctx.norm[k - 1]!)) k--;
  return ctx.norm.slice(k, f.numberSpan.start).trim().replace(CLAUSE_TAIL, "").trim();
}

/** Whether a label pattern list matches a figure by its label or its clause. */
export function labelMatches(
  ctx: Context,
  f: ExtractedFigure,
  patterns: readonly RegExp[],
  exclude: readonly RegExp[] = [],
): boolean {
  const texts = [f.label, clauseLabel(ctx, f)];
  if (exclude.some((re) => texts.some((t) => re.test(t)))) return false;
  return patterns.some((re) => texts.some((t) => re.test(t)));
}

/**
 * The candidate whose label (or clause) best matches a name written in the text, at least
 * `min`; ties go to the candidate listed first (callers list the nearest first).
 */
export function bestLabelMatch(
  ctx: Context,
  name: string,
  candidates: readonly ExtractedFigure[],
  min = 0.75,
): ExtractedFigure | null {
  let best: ExtractedFigure | null = null;
  let bestScore = min;
  // A name that is only its head once generic words are dropped (本年支出合计 → 支出) matches every
  // 支出: it binds only a figure whose label is the name as written.
  const bare = core(name).replace(/(?:合计|总计|总额)$/, "").length <= 2;
  for (const f of candidates) {
    const clause = clauseLabel(ctx, f);
    const s = Math.max(labelScore(name, f.label), labelScore(name, clause));
    if (s < min) continue;
    const written = writtenMatch(name, f.label) || writtenMatch(name, clause);
    if (bare && !written) continue;
    // The label as written outranks a match on the core words.
    const score = s + (written ? 1 : 0);
    if (score > bestScore || (score === bestScore && !best)) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

const written = (s: string) => s.replace(/[“”"'‘’「」\s]/g, "").replace(/\d+/g, "");

/**
 * The label holds the name as written, generic words included (本年支出 for 本年支出合计, whose
 * 合计 a label drops; 一般公共预算财政拨款支出 for 财政拨款支出), not only its core.
 */
function writtenMatch(name: string, label: string): boolean {
  const n = written(name).replace(/(?:的)$/, "");
  const l = written(label);
  if (n.length < 2 || l.length === 0) return false;
  const short = /..(?:合计|总计|总额)$/.test(n) && !l.includes(n.slice(-2)) ? n.slice(0, -2) : n;
  return l.includes(short);
}

/** A figure's written value in its base unit (元 for 万元, a fraction for %). */
export function baseValue(f: ExtractedFigure): Decimal {
  return f.value.times(f.scale);
}

/** Index of the first figure starting at or after `offset` (figures are in text order). */
export function firstFigureAt(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.figures[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
