/**
 * Parts and total: `总额X，其中A a，B b` / `X（A a，B b）` / `X由A a、B b组成` / `X（含A a）`.
 * An exhaustive breakdown must sum to its total; a list that is clearly partial (one 其中 item,
 * 含…) must not exceed it — and is never flagged just for being partial.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { indexBefore } from "../../extract/segment.js";
import { between, type Context, firstFigureAt, sameFamily } from "../context.js";
import { type Expr, fig, sum } from "../expr.js";
import type { Relation } from "../relation.js";
import { empty, type KindFn } from "./types.js";

/** Where a breakdown starts: 其中 / 包括 / 含 / 由…组成 / an opening parenthesis right after a figure. */
const MARKER =
  /其中[:：，,]?|具体为[:：]?|具体是[:：]?|具体包括[:：]?|包括[:：]?|包含[:：]?|含[:：]?|由(?=[^，。；]{0,30}组成)|\(/g;
/** A clause ending in a percentage attached to an amount (，占50.31% / ，比上年下降1.2%). */
const PERCENT_CLAUSE = /[,，;；]?[^，,；;。]*?-?\d+(?:\.\d+)?\s*%/g;
/** The longest stretch of text between a total and its marker, or between two parts. */
const MAX_GAP = 240;
/** A total is never a change (增加189.25万元 / 同比上年度增加…). */
const CHANGE_LABEL = /^(?:增加|减少|增长|下降|提高|降低|上升)|比上年|较上年|同比|比[12]\d{3}|与上年/;
/** Figures that are changes, comparisons or rates are never parts of a total. */
const NOT_A_PART = /比上年|较上年|同比|比[12]\d{3}|增加|减少|增长|下降|提高|降低|上升|增幅|降幅|增收|减收|占/;

/**
 * A part as large as its total that names a status (已完成绩效自评的项目12个 of 12): the whole again,
 * not a category beside the others (行政编制10名 of 10 is a category, and 10 + 10 ≠ 10 stands).
 */
const RESTATED = /已|全部|均|完成|开展|纳入|实施|参与|覆盖/;

/** A label that names only a column of an item (年初预算为, 差值为, 执行), not an item. */
const COLUMN_WORD =
  /^(?:年初预算|全年预算|调整后预算|预算数?|决算数?|预算执行数|执行数?|实际执行|支出数|实际支出|已支出|完成|差值|差额|上年数?|上年决算|结余|余额)(?:数)?(?:为|是)?$/;

interface Breakdown {
  readonly total: ExtractedFigure;
  readonly parts: ExtractedFigure[];
  readonly partial: boolean;
  /** 包括 / 由…组成 lists are weaker than 其中 / 合计. */
  readonly explicit: boolean;
  /** The list ended cleanly (sentence end, semicolon, a figure of another kind). */
  readonly clean: boolean;
}

export const parts: KindFn = (ctx, ruleId) => {
  const out = empty();
  for (const b of breakdowns(ctx)) {
    const rel = toRelation(ruleId, b);
    if (rel) out.relations.push(...rel);
  }
  out.relations.push(...statedTotals(ctx, ruleId));
  return out;
};

const TOTAL_WORD = /(?:合计|共计|总计|小计|共|计)(?:为|是|达)?\s*$/;

/**
 * `A a，B b，…，合计X`: a total stated after its parts. The parts are the amounts of the same kind
 * before it in the sentence; where the list starts is inferred, so every tail of two or more
 * parts is tried, and a mismatch is a warning.
 */
function statedTotals(ctx: Context, ruleId: string): Relation[] {
  const out: Relation[] = [];
  for (const figs of ctx.bySentence) {
    for (let k = 2; k < figs.length; k++) {
      const total = figs[k]!;
      const prev = figs[k - 1]!;
      if (total.approx || total.kind === "percent" || total.kind === "plain") continue;
      if (!TOTAL_WORD.test(ctx.norm.slice(prev.span.end, total.numberSpan.start))) continue;
      const depth = ctx.depth[total.span.start] ?? 0;
      const list: ExtractedFigure[] = [];
      for (let j = k - 1; j >= 0; j--) {
        const f = figs[j]!;
        if ((ctx.depth[f.span.start] ?? 0) !== depth || f.kind === "percent") continue;
        if (!sameFamily(f, total) || f.approx || NOT_A_PART.test(f.label)) break;
        list.unshift(f);
      }
      if (list.length < 2) continue;
      const variants = [];
      for (let n = list.length; n >= 2; n--)
        variants.push({ name: `Σ${n}`, expr: sum(list.slice(list.length - n).map((p) => fig(p, "part"))) });
      out.push({
        ruleId,
        target: total,
        variants,
        compare: "eq",
        explicit: false,
        exactInputs: false,
        messageId: "partsSum",
        data: { label: total.label || total.raw },
        direction: 1,
      });
    }
  }
  return out;
}

/** Figures directly part of a total; used by the share kind to find the total a share refers to. */
const memo = new WeakMap<Context, Breakdown[]>();

export function breakdowns(ctx: Context): Breakdown[] {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const out: Breakdown[] = [];
  memo.set(ctx, out);
  const { norm } = ctx;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(norm); m; m = MARKER.exec(norm)) {
    const markerStart = m.index;
    const markerEnd = m.index + m[0].length;
    const word = m[0].replace(/[:：，,]/g, "");
    const total = totalBefore(ctx, markerStart, word === "(");
    if (!total) continue;
    if (word === "(" && /^(?:其中|含|包括|包含)/.test(norm.slice(markerEnd, markerEnd + 2))) continue; // handled by the word
    const partial = word === "含" || word === "包含";
    const listDepth = ctx.depth[markerEnd] ?? 0;
    const list = collectParts(
      ctx,
      markerEnd,
      listDepth,
      word === "(" || (ctx.depth[markerStart] ?? 0) > (ctx.depth[total.span.start] ?? 0),
    );
    // 其中：因公出国支出0万元，年初预算为0万元，差值为0万元…: the amounts are one item's columns
    // (spent, budget, difference), not items; which column the total is cannot be told.
    if (list.parts.some((p, k) => k > 0 && COLUMN_WORD.test(p.label.trim()))) continue;
    // 8个项目985万元(含1个结转项目50万元): counts and amounts break down their own totals.
    for (const group of byFamily(list.parts)) {
      const own = sameFamily(group[0]!, total) ? total : familyTotal(ctx, total, markerStart, group[0]!);
      if (!own) continue;
      // 共有项目12个，其中：已完成自评的项目12个，“优”的10个…: a part as large as the total is
      // the whole again under another name, and what follows it breaks down the total or that
      // part: no longer a partition, only bounded by it.
      const whole = group.filter((p) => !(p.value.eq(own.value) && RESTATED.test(p.label)));
      const restated = whole.length < group.length;
      if (restated && whole.length === 0) continue;
      const single = whole.length === 1;
      if (single && word === "(" && !restated) continue; // X（预计全年Y）: an aside, not a breakdown
      out.push({
        total: own,
        parts: whole,
        partial: partial || single || restated,
        explicit: word === "其中" || word === "(" || word.startsWith("具体"),
        clean: list.clean,
      });
      ctx.log.debug(
        {
          marker: word,
          total: own.raw,
          parts: whole.map((p) => p.raw),
          partial: partial || single || restated,
        },
        "breakdown",
      );
    }
  }
  return out;
}

function byFamily(parts: readonly ExtractedFigure[]): ExtractedFigure[][] {
  const groups: ExtractedFigure[][] = [];
  for (const p of parts) {
    const g = groups.find((x) => sameFamily(x[0]!, p));
    if (g) g.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** The total of another kind stated just before the marker (项目21个，项目支出总额656.93万元。其中，本级项目8个…). */
function familyTotal(
  ctx: Context,
  total: ExtractedFigure,
  at: number,
  like: ExtractedFigure,
): ExtractedFigure | null {
  const depth = ctx.depth[total.span.start] ?? 0;
  for (let k = total.id - 1; k >= 0; k--) {
    const f = ctx.figures[k]!;
    if (f.sentence !== total.sentence || f.span.end > at) break;
    if ((ctx.depth[f.span.start] ?? 0) !== depth) continue;
    if (sameFamily(f, like)) return f.approx || CHANGE_LABEL.test(f.label) ? null : f;
  }
  return null;
}

/** The noun after a count (8个项目，其中…): a few Chinese characters, then only punctuation. */
const COUNTED_NOUN = /^[\u4e00-\u9fa5]{1,4}[\s,，:：(（]*$/;

/**
 * The total a breakdown belongs to: the last amount before the marker with only punctuation (and
 * a share such as "，占50.31%") in between; when the marker opens a sentence (。其中：…), the last
 * amount of the sentence before.
 */
function totalBefore(ctx: Context, at: number, paren: boolean): ExtractedFigure | null {
  let idx = -1;
  for (let k = firstFigureAt(ctx, at) - 1; k >= 0; k--)
    if (ctx.figures[k]!.span.end <= at) {
      idx = k;
      break;
    }
  let cand: ExtractedFigure | null = null;
  for (let k = idx; k >= 0; k--) {
    const f = ctx.figures[k]!;
    if (f.kind === "percent" || f.kind === "points") continue;
    // …792.22万元。同比上年度增加189.25万元，增加31.39%。其中：… — a change is not the total.
    if (
      CHANGE_LABEL.test(f.label) ||
      CHANGE_LABEL.test(between(ctx, Math.max(0, f.numberSpan.start - 8), f.numberSpan.start))
    )
      continue;
    cand = f;
    break;
  }
  if (!cand || cand.approx || cand.kind === "plain") return null;
  const gap = between(ctx, cand.span.end, at);
  // 8个项目，其中… / 8个项目(含…): a count is followed by what it counts.
  const counted = cand.kind === "count" && COUNTED_NOUN.test(gap);
  if (paren) return gap.trim() === "" || counted ? cand : null;
  if (counted) return cand;
  // 。其中：… — the marker opens a sentence: the breakdown is of the sentence before.
  let k = at - 1;
  while (k >= 0 && /\s/.test(ctx.norm[k]!)) k--;
  const opensSentence = k >= 0 && /[。！？]/.test(ctx.norm[k]!);
  if (opensSentence && cand.sentence === indexBefore(ctx.a.segments.sentences, at) - 1) return cand;
  // A total is next to its marker: a long gap is never one (and bounds the regex below).
  if (gap.length > MAX_GAP) return null;
  const rest = gap.replace(PERCENT_CLAUSE, "");
  if (/^[\s,，:：;；(]*$/.test(rest)) return cand;
  // 资金346.87万元，统一计入…收入，具体为A a、B b: 具体为 names the breakdown of the last amount.
  if (/^具体/.test(ctx.norm.slice(at, at + 2)) && !/[。！？]/.test(gap)) return cand;
  return null;
}

/** Clause separators between two offsets at the list's own parenthesis depth. */
function separators(ctx: Context, from: number, to: number, depth: number): number {
  if (to - from > MAX_GAP) return Number.POSITIVE_INFINITY;
  let text = "";
  for (let k = from; k < to; k++) if ((ctx.depth[k] ?? 0) === depth) text += ctx.norm[k];
  return (text.replace(PERCENT_CLAUSE, "").match(/[,，;；]/g) ?? []).length;
}

function collectParts(
  ctx: Context,
  from: number,
  depth: number,
  parenthetical: boolean,
): { parts: ExtractedFigure[]; clean: boolean } {
  const { norm } = ctx;
  const list: ExtractedFigure[] = [];
  let semicolonList: boolean | null = null;
  let clean = false;
  const first = firstFigureAt(ctx, from);
  const sentence = ctx.figures[first]?.sentence;
  for (let fi = first; fi < ctx.figures.length; fi++) {
    const f = ctx.figures[fi]!;
    if (f.span.start < from) continue;
    const gapStart = list.length ? list[list.length - 1]!.span.end : from;
    const gap = norm.slice(gapStart, f.span.start);
    const fDepth = ctx.depth[f.span.start] ?? 0;
    if (parenthetical && fDepth < depth) break; // the parenthesis closed
    if (/[。！？\n]/.test(gap)) {
      clean = true;
      break;
    }
    if (parenthetical && gap.includes(")") && depthDropsBelow(ctx, gapStart, f.span.start, depth)) {
      clean = true;
      break;
    }
    if (/[;；]/.test(gap)) {
      if (list.length === 1 && semicolonList === null) semicolonList = true;
      if (!semicolonList) {
        clean = true;
        break;
      }
    } else if (list.length === 1 && semicolonList === null && /[,，、]/.test(gap)) semicolonList = false;
    if (f.sentence !== sentence && !parenthetical) break;
    // Two clause breaks between parts: a clause that is not an item (…158.91亿元，截至12月底，已完成…).
    if (list.length > 0 && fDepth === depth && separators(ctx, gapStart, f.span.start, depth) > 1) break;
    if (fDepth > depth) continue; // a sub-breakdown of the previous part
    if (f.kind === "percent" || f.kind === "points") continue; // a share attached to the part
    if (f.kind === "plain" || f.kind === "score") {
      clean = true;
      break;
    }
    if (NOT_A_PART.test(f.label) || f.approx) {
      clean = true;
      break;
    }
    // A part followed by its own 其中 / 含 is the total of the next breakdown: the list ends before it.
    const after = norm.slice(f.span.end, f.span.end + 4);
    if (list.length > 0 && /^[\s,，:：]*其中/.test(after)) break;
    list.push(f);
    if (list.length > 40) break;
  }
  if (list.length && !clean) {
    const tail = norm.slice(list[list.length - 1]!.span.end);
    clean = /^[^,，、;；]*?[。！？\n;；)]/.test(tail.slice(0, 30));
  }
  return { parts: list, clean };
}

function depthDropsBelow(ctx: Context, from: number, to: number, depth: number): boolean {
  for (let k = from; k < to; k++) if ((ctx.depth[k] ?? 0) < depth) return true;
  return false;
}

function toRelation(ruleId: string, b: Breakdown): Relation[] | null {
  const { total, parts: ps } = b;
  const terms = (xs: ExtractedFigure[]): Expr => sum(xs.map((p) => fig(p, "part")));
  const label = total.label || total.raw;
  if (b.partial) {
    return [
      {
        ruleId,
        target: total,
        variants: [{ name: "Σ", expr: terms(ps) }],
        compare: "le",
        explicit: true,
        exactInputs: false,
        messageId: "partsExceed",
        data: { label },
        direction: 1,
      },
    ];
  }
  // The list may run on past the breakdown (…项目支出1993万元，本年结转结余2445万元): any prefix
  // of two or more parts that sums to the total is the breakdown.
  const variants = [];
  for (let n = ps.length; n >= 2; n--) variants.push({ name: `Σ${n}`, expr: terms(ps.slice(0, n)) });
  if (variants.length === 0) return null;
  return [
    {
      ruleId,
      target: total,
      variants,
      compare: "eq",
      explicit: b.explicit && b.clean,
      exactInputs: false,
      messageId: "partsSum",
      data: { label },
      direction: 1,
    },
  ];
}
