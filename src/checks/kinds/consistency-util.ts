/**
 * What the consistency kinds (count, same-fact, plausibility, report-year) share: bracket depth
 * over quotes and brackets, clause bounds, splitting an enumeration into its items, the noun a
 * count counts, the years a sentence is dated with, and figures the extractor does not produce
 * (三大职能, 十五字方针, a year) built over their exact span.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { indexBefore } from "../../extract/segment.js";
import type { FigureKind, Span } from "../../types.js";
import { type Context, firstFigureAt } from "../context.js";
import { D, type Decimal } from "../decimal.js";

const OPEN = "([【《“「〔{‘";
const CLOSE = ")]】》”」〕}’";
/** Character code → index in OPEN (positive) or in CLOSE (negative, −index − 1). */
const BRACKET = new Map<number, number>([
  ...[...OPEN].map((c, i) => [c.charCodeAt(0), i] as [number, number]),
  ...[...CLOSE].map((c, i) => [c.charCodeAt(0), -i - 1] as [number, number]),
]);

const depthCache = new WeakMap<Context, Int32Array>();

/**
 * Nesting depth at each offset over matched brackets and quotes (items may contain （…） or “…”);
 * a pair counts from its opening to its closing character inclusive. An opening character left
 * unmatched on its line (“三公"经费) is ignored.
 */
export function nestDepth(ctx: Context): Int32Array {
  const cached = depthCache.get(ctx);
  if (cached) return cached;
  const norm = ctx.norm;
  const diff = new Int32Array(norm.length + 2);
  const stack: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code === 10) {
      stack.length = 0;
      continue;
    }
    const b = BRACKET.get(code);
    if (b === undefined) continue;
    if (b >= 0) {
      stack.push(i);
      continue;
    }
    const cl = -b - 1;
    let at = stack.length - 1;
    while (at >= 0 && BRACKET.get(norm.charCodeAt(stack[at]!)) !== cl) at--;
    if (at < 0) continue;
    const open = stack[at]!;
    stack.length = at;
    diff[open]! += 1;
    diff[i + 1]! -= 1;
  }
  const d = new Int32Array(norm.length + 1);
  let k = 0;
  for (let i = 0; i <= norm.length; i++) {
    k += diff[i]!;
    d[i] = k;
  }
  depthCache.set(ctx, d);
  return d;
}

/** Characters that end a clause (at the clause's own depth). */
const CLAUSE_BREAK = /[，,。；;：:！？!?\n\t|]/;

/** Start of the clause holding `at`: after the last clause break at the same depth. */
export function clauseStart(ctx: Context, at: number, floor = 0): number {
  const depth = nestDepth(ctx);
  const own = depth[at] ?? 0;
  let k = at;
  while (k > floor) {
    const c = ctx.norm[k - 1]!;
    const dk = depth[k - 1] ?? 0;
    if (dk < own || c === "\n") break;
    if (dk === own && CLAUSE_BREAK.test(c)) break;
    k--;
  }
  // Inside a bracket, the clause starts after its opening character.
  if (own > 0 && k < at && OPEN.includes(ctx.norm[k]!) && (depth[k - 1] ?? 0) < own) k++;
  return k;
}

/** End of the clause holding `at` (exclusive): the next clause break at the same depth. */
export function clauseEnd(ctx: Context, at: number, stop: RegExp = CLAUSE_BREAK): number {
  const depth = nestDepth(ctx);
  const own = depth[at] ?? 0;
  let k = at;
  while (k < ctx.norm.length) {
    const c = ctx.norm[k]!;
    const dk = depth[k] ?? 0;
    if (dk < own || c === "\n") break;
    if (dk === own && stop.test(c)) break;
    if (own > 0 && dk === own && CLOSE.includes(c) && (depth[k + 1] ?? 0) < own) break;
    k++;
  }
  return k;
}

const NUMERAL = /[0-9零〇一二两三四五六七八九十百]/;
const CONJ = /和|及|与|以及/;

export interface Items {
  /** The items as spans, in order. */
  readonly items: Span[];
  /** Items by 、 alone. */
  readonly min: number;
  /** Items if every 和/及/与 inside an item and every 三、四期 also separated two. */
  readonly max: number;
  /** Whether an item other than the last holds 和/及/与 or a 三、四期 pair (the split is unsure). */
  readonly ambiguous: boolean;
}

/**
 * Splits `[from, to)` into the items of an enumeration: at 、 on the list's own depth, except a 、
 * between two numerals (三、四期, 1、2号高炉), which stays inside its item.
 */
export function splitItems(ctx: Context, from: number, to: number): Items {
  const depth = nestDepth(ctx);
  const own = minDepth(ctx, { start: from, end: to });
  const items: Span[] = [];
  let start = from;
  let numeralPairs = 0;
  for (let k = from; k < to; k++) {
    if (ctx.norm[k] !== "、" || (depth[k] ?? 0) !== own) continue;
    if (NUMERAL.test(ctx.norm[k - 1] ?? "") && NUMERAL.test(ctx.norm[k + 1] ?? "")) {
      numeralPairs++;
      continue;
    }
    items.push({ start, end: k });
    start = k + 1;
  }
  items.push({ start, end: to });
  let conj = 0;
  let ambiguous = numeralPairs > 0;
  items.forEach((it, i) => {
    const text = topLevel(ctx, it);
    const n = text.split(CONJ).length - 1;
    conj += n;
    if (n > 0 && i < items.length - 1) ambiguous = true;
  });
  return { items, min: items.length, max: items.length + conj + numeralPairs, ambiguous };
}

/** The depth of a span's own level: the least depth inside it. */
function minDepth(ctx: Context, s: Span): number {
  const depth = nestDepth(ctx);
  let d = Number.POSITIVE_INFINITY;
  for (let k = s.start; k < s.end; k++) d = Math.min(d, depth[k] ?? 0);
  return Number.isFinite(d) ? d : (depth[s.start] ?? 0);
}

/** The text of a span with nested brackets removed. */
export function topLevel(ctx: Context, s: Span): string {
  const depth = nestDepth(ctx);
  const own = minDepth(ctx, s);
  let out = "";
  for (let k = s.start; k < s.end; k++) if ((depth[k] ?? 0) === own) out += ctx.norm[k];
  return out;
}

/** A short preview of a list for messages: 办公室、综合法规科、…、机关党委. */
export function preview(ctx: Context, items: readonly Span[]): string {
  const names = items.map((s) => ctx.a.text.slice(s.start, s.end).trim());
  const shown = names.length > 4 ? [...names.slice(0, 2), "…", ...names.slice(-1)] : names;
  return shown.join("、");
}

/** 乌石17-2项目, 2项目: digits inside a name, not a quantity. */
export function partOfName(ctx: Context, f: ExtractedFigure): boolean {
  const before = ctx.norm.slice(Math.max(0, f.numberSpan.start - 2), f.numberSpan.start);
  return /\d[-—]$/.test(before) || (f.unit === "项" && ctx.norm[f.span.end] === "目");
}

/** Figures of the kinds that make an item a quantity rather than a name. */
export function quantityFiguresIn(ctx: Context, s: Span): ExtractedFigure[] {
  const depth = nestDepth(ctx);
  const own = minDepth(ctx, s);
  return figuresIn(ctx, s.start, s.end).filter(
    (f) =>
      f.span.end <= s.end && (depth[f.span.start] ?? 0) === own && f.kind !== "plain" && !partOfName(ctx, f),
  );
}

/** Our own words for the department itself: 我局, 本单位, 局机关 … */
export const SELF =
  /^(?:我局|本局|局机关|我单位|本单位|单位|本部门|我部门|部门|我委|本委|委机关|我办|本办|我中心|本中心|全局|我院|本院|我所|本所|我站|本站|机关|我们)/;

/** The years, and the words 年初/年末/上年 …, that date the text from `from` to `to`. */
export function timeWords(ctx: Context, from: number, to: number): string[] {
  const text = ctx.norm.slice(from, to);
  const out = new Set<string>();
  for (const m of text.matchAll(/((?:19|20)\d\d)\s*年/g)) out.add(m[1]!);
  for (const m of text.matchAll(/年初|年末|年底|年中|上年|去年|上半年|下半年|季度|月底|月末/g)) out.add(m[0]);
  return [...out].sort();
}

export function sameTime(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const SYNTH_BASE = 2 ** 30;

/**
 * A figure the extractor does not produce (the 三大 of 三大职能, a year), built over its exact
 * span so that findings point at what is written. Its id never collides with an extracted one.
 */
export function synthFigure(
  ctx: Context,
  o: {
    readonly span: Span;
    readonly numberSpan: Span;
    readonly value: Decimal | number;
    readonly unit: string;
    readonly kind: FigureKind;
    /** Decimals written; −1 for a Chinese numeral or a number no one typed (no typo hint). */
    readonly decimals: number;
    readonly label: string;
    readonly tag: number;
  },
): ExtractedFigure {
  const value = typeof o.value === "number" ? new D(o.value) : o.value;
  return Object.freeze({
    id: SYNTH_BASE + o.span.start * 8 + o.tag,
    raw: ctx.a.text.slice(o.span.start, o.span.end),
    digits: value.toFixed(),
    value,
    unit: o.unit,
    kind: o.kind,
    scale: new D(1),
    decimals: o.decimals,
    exact: true,
    approx: false,
    unitInherited: false,
    span: o.span,
    numberSpan: o.numberSpan,
    label: o.label,
    labelSpan: { start: o.span.start, end: o.span.start },
    sentence: Math.max(0, indexBefore(ctx.a.segments.sentences, o.span.start)),
    paragraph: Math.max(0, indexBefore(ctx.a.segments.paragraphs, o.span.start)),
  });
}

/** The paragraph's text span. */
export function paragraphSpan(ctx: Context, i: number): Span {
  return ctx.a.segments.paragraphs[i] ?? { start: 0, end: ctx.norm.length };
}

/** The figures starting in `[from, to)`, in order (binary search: no pass over every figure). */
export function figuresIn(ctx: Context, from: number, to: number): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  for (let k = firstFigureAt(ctx, from); k < ctx.figures.length; k++) {
    const f = ctx.figures[k]!;
    if (f.span.start >= to) break;
    out.push(f);
  }
  return out;
}

/** The figure covering `offset`, if any. */
export function figureAt(ctx: Context, offset: number): ExtractedFigure | null {
  const k = firstFigureAt(ctx, offset + 1) - 1;
  const f = k >= 0 ? ctx.figures[k] : undefined;
  return f && f.span.start <= offset && offset < f.span.end ? f : null;
}

/** How far back a clause or sentence is read before a figure (keeps every pass linear). */
export const LOOK_BACK = 200;
