/**
 * Counts of enumerated items (design.md §1 "counts"): a stated count and the items the text lists
 * for it must agree —
 * - `内设科室19个…内设科室分别是A、B、…` (a later sentence names the counted noun and lists it),
 * - `先进制造业重大项目6个（A、B、…）`, `设有3个科室：A、B、C`,
 * - `A、B、C、D4个重大产业项目`, `…等5个园区` (等: the list may be partial, so the count must only
 *   be at least the items listed),
 * - `机关设14个内设机构和机关党委：` followed by （1）…（14） lines, `分三步走：一是…二是…三是…`,
 * - `“工业强、农业优、三产活、项目兴、生态好”十五字方针`;
 * and `分别` lists: `A、B、C分别为1、2个` names three things but gives two values.
 *
 * Where a list ends and what an item is are inferred, so a mismatch is a warning (a suspicious
 * figure, design.md §4); a split that is unsure (一、二季度, A和B的C、D) is never flagged.
 */

import { parseChineseNumeral } from "../../extract/chinese-numerals.js";
import type { ExtractedFigure } from "../../extract/index.js";
import { indexBefore } from "../../extract/segment.js";
import type { Span } from "../../types.js";
import { type Context, core } from "../context.js";
import { D } from "../decimal.js";
import { type Expr, fig } from "../expr.js";
import type { Relation } from "../relation.js";
import {
  clauseEnd,
  clauseStart,
  figureAt,
  figuresIn,
  type Items,
  nestDepth,
  paragraphSpan,
  partOfName,
  preview,
  quantityFiguresIn,
  SELF,
  splitItems,
  synthFigure,
  topLevel,
} from "./consistency-util.js";
import { empty, type KindFn } from "./types.js";

/** Counters of things that can be listed by name (not 年, 天, 次 …). */
const LISTABLE = /^(?:个|项|名|人|家|件|条|户|座|套|台|辆|批|所|类|大类|篇|场|份|本|张|位|宗|笔|部|支|种)$/;
/** Counters the extractor does not read: 三大职能, 分三步走, 三方面. */
const EXTRA_COUNTER =
  /(?<![零〇一二两三四五六七八九十百千万第每逐统唯同单初高之周星礼\d.])([二两三四五六七八九十]{1,3}|\d{1,2})(大|步|方面)(?![类])/g;
/** What introduces the list after a count or a named noun. */
const INTRO =
  /^\s*[，,]?\s*(分别是|分别为|分别有|依次是|依次为|主要包括|主要有|主要是|包括|包含|即|有|为|是)?\s*([：:])?/;
/** Introducers that mean "among others". */
const PARTIAL_INTRO = /^(?:主要包括|主要有|主要是|包括|包含)$/;
const LIST_END = /[，,。；;！？!?\n\t|]/;
const MAX_ITEM = 40;

interface Found {
  readonly target: ExtractedFigure;
  /** Items named in a list, numbered items, or the characters of a quoted motto. */
  readonly what?: "numbered" | "characters";
  readonly noun: string;
  readonly items: Items;
  readonly partial: boolean;
}

export const enumeration: KindFn = (ctx, ruleId) => {
  const out = empty();
  const counts = countFigures(ctx);
  const used = new Set<number>();
  const push = (f: Found | null) => {
    if (!f || used.has(f.target.id)) return;
    const rel = relationOf(ctx, ruleId, f);
    if (rel) {
      used.add(f.target.id);
      out.relations.push(rel);
      ctx.log.debug(
        { count: f.target.raw, noun: f.noun, items: f.items.min, max: f.items.max, partial: f.partial },
        "enumeration",
      );
    }
  };
  for (const c of counts) push(listAfter(ctx, c) ?? numberedAfter(ctx, c) ?? listBefore(ctx, c));
  for (const f of namedLists(ctx, counts)) push(f);
  for (const f of quotedCharacters(ctx)) push(f);
  return out;
};

/** Exact counts of listable things, and the 三大 / 三步 / 三方面 the extractor leaves out. */
function countFigures(ctx: Context): ExtractedFigure[] {
  const out = ctx.figures.filter(
    (f) =>
      f.kind === "count" &&
      LISTABLE.test(f.unit) &&
      !f.approx &&
      f.decimals <= 0 &&
      f.value.gte(2) &&
      !partOfName(ctx, f),
  );
  EXTRA_COUNTER.lastIndex = 0;
  for (let m = EXTRA_COUNTER.exec(ctx.norm); m; m = EXTRA_COUNTER.exec(ctx.norm)) {
    const numeral = m[1]!;
    const value = /\d/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral);
    if (value === null || value < 2) continue;
    const start = m.index;
    if (figureAt(ctx, start)) continue;
    out.push(
      synthFigure(ctx, {
        span: { start, end: start + m[0].length },
        numberSpan: { start, end: start + numeral.length },
        value,
        unit: m[2]!,
        kind: "count",
        decimals: -1,
        label: "",
        tag: 1,
      }),
    );
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const NOUN_AFTER = /^[^，,。；;：:、()“”《》\n\t|和及与的\d]{0,12}/;
const NOUN_VERB =
  /(?:达|实现|完成|获|被|评为|开展|加快|进行|已|均|全部|共|正在|成功|纳入|列入|通过|得到|在|于|将)/;

/** The noun right after a count, and where it ends: 内设机构 in 设有15个内设机构，… */
function nounAfterSpan(ctx: Context, c: ExtractedFigure): { noun: string; end: number } {
  const m = NOUN_AFTER.exec(ctx.norm.slice(c.span.end, c.span.end + 12));
  let noun = m ? m[0] : "";
  const verb = NOUN_VERB.exec(noun);
  if (verb) noun = noun.slice(0, verb.index);
  return { noun: noun.trim(), end: c.span.end + noun.length };
}

export function nounAfter(ctx: Context, c: ExtractedFigure): string {
  return nounAfterSpan(ctx, c).noun;
}

/** The noun before a count: 内设科室 in 我局内设科室19个. */
export function nounBefore(c: ExtractedFigure): string {
  return core(c.label)
    .replace(SELF, "")
    .replace(/(?:共计|共有|共|有|计|为|是|达)$/, "");
}

function nounOf(ctx: Context, c: ExtractedFigure): string {
  return nounAfter(ctx, c) || nounBefore(c);
}

/** A list of names from `from`: items to the end of the clause, 等 marking it partial. */
function nameList(
  ctx: Context,
  from: number,
  own: number,
): { items: Items; partial: boolean; end: number } | null {
  const depth = nestDepth(ctx);
  let k = from;
  while (k < ctx.norm.length && /\s/.test(ctx.norm[k]!) && ctx.norm[k] !== "\n") k++;
  let end = k;
  while (end < ctx.norm.length) {
    const c = ctx.norm[end]!;
    const d = depth[end] ?? 0;
    if (d < own || c === "\n") break;
    if (d === own && LIST_END.test(c)) break;
    end++;
  }
  let itemsEnd = end;
  const tail = /(?:等等|等)(?:[^、，,。；;\d]{0,8})?$/.exec(topLevel(ctx, { start: k, end }));
  const partial = tail !== null;
  if (tail) {
    // Cut at the 等 (at the list's own depth).
    let j = end;
    while (j > k && !(ctx.norm[j - 1] === "等" && (depth[j - 1] ?? 0) === own)) j--;
    itemsEnd = j - 1;
    while (itemsEnd > k && ctx.norm[itemsEnd - 1] === "等") itemsEnd--;
  }
  if (itemsEnd <= k) return null;
  const items = splitItems(ctx, k, itemsEnd);
  if (!validNames(ctx, items)) return null;
  return { items, partial, end };
}

function validNames(ctx: Context, items: Items): boolean {
  if (items.min < 2) return false;
  for (const it of items.items) {
    const len = topLevel(ctx, it).trim().length;
    if (len === 0 || len > MAX_ITEM) return false;
    if (quantityFiguresIn(ctx, it).length > 0) return false;
  }
  return true;
}

/** `N个X（A、B、C）`, `设有N个X：A、B、C`, `N个X，分别是A、B、C`. */
function listAfter(ctx: Context, c: ExtractedFigure): Found | null {
  const { noun, end: at } = nounAfterSpan(ctx, c);
  const depth = nestDepth(ctx);
  // A parenthesised list right after the count and its noun.
  if (/^\s*\(/.test(ctx.norm.slice(at, at + 3))) {
    const open = ctx.norm.indexOf("(", at);
    const own = depth[open] ?? 0;
    if (own === (depth[c.span.start] ?? 0) + 1) {
      let close = open + 1;
      while (close < ctx.norm.length && (depth[close + 1] ?? 0) >= own && ctx.norm[close] !== "\n") close++;
      const inner = ctx.norm.slice(open + 1, close);
      if (/^\s*(?:含|其中|不含|包含|占|约|即|合计|共计|下同|以下|简称)/.test(inner)) return null;
      const partial = /(?:等等|等)\s*$/.test(inner);
      const end = partial ? open + 1 + inner.replace(/\s*(?:等等|等)\s*$/, "").length : close;
      const items = splitItems(ctx, open + 1, end);
      if (!validNames(ctx, items)) return null;
      // 6个县（市、区）: the bracket names what the noun covers, not the things counted.
      const named = noun || nounBefore(c);
      if (named.length < 2 || items.items.some((it) => topLevel(ctx, it).trim().length < 2)) return null;
      return { target: c, noun: named, items, partial };
    }
    return null;
  }
  const m = INTRO.exec(ctx.norm.slice(at, at + 12));
  if (!m || (!m[1] && !m[2])) return null;
  if (m[1] && !m[2] && /^(?:有|为|是)$/.test(m[1])) return null; // …3个，为全市… is no list
  const from = at + m[0].length;
  if (/^\s*(?:\n|一是|\(1\)|1[.、])/.test(ctx.norm.slice(from, from + 4))) return null; // numbered
  const list = nameList(ctx, from, depth[c.span.start] ?? 0);
  if (!list) return null;
  return {
    target: c,
    noun: noun || nounBefore(c),
    items: list.items,
    partial: list.partial || (m[1] !== undefined && PARTIAL_INTRO.test(m[1])),
  };
}

type MarkerStyle = "cn" | "pcn" | "dot" | "par" | "circ" | "ang";
const LEVEL: Record<MarkerStyle, number> = { cn: 1, pcn: 2, dot: 3, par: 4, ang: 4, circ: 5 };
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

function marker(line: string): { style: MarkerStyle; n: number } | null {
  let m = /^\s*\((\d{1,2})\)/.exec(line);
  if (m) return { style: "par", n: Number(m[1]) };
  m = /^\s*\(([一二三四五六七八九十]{1,3})\)/.exec(line);
  if (m) return { style: "pcn", n: parseChineseNumeral(m[1]!) ?? 0 };
  m = /^\s*[<〈]\s*(\d{1,2})\s*[>〉]/.exec(line);
  if (m) return { style: "ang", n: Number(m[1]) };
  m = /^\s*(\d{1,2})[.、](?!\d)/.exec(line);
  if (m) return { style: "dot", n: Number(m[1]) };
  m = /^\s*([一二三四五六七八九十]{1,3})[、.]/.exec(line);
  if (m) return { style: "cn", n: parseChineseNumeral(m[1]!) ?? 0 };
  const c = /^\s*(\S)/.exec(line)?.[1] ?? "";
  const i = CIRCLED.indexOf(c);
  if (i >= 0) return { style: "circ", n: i + 1 };
  return null;
}

const CN_ORDINAL = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Where `二是` (the n-th ordinal) opens a clause in `text` from `pos`; −1 if nowhere. */
function ordinalAt(text: string, n: number, pos: number): number {
  const word = CN_ORDINAL[n]! + "是";
  for (let k = text.indexOf(word, pos); k >= 0; k = text.indexOf(word, k + 1))
    if (k === 0 || /[，,；;。：:\s]/.test(text[k - 1]!)) return k;
  return -1;
}

/**
 * `机关设14个内设机构和机关党委：` followed by （1）…（14） on their own lines, or `分三步走：一是…，
 * 二是…，三是…`: the items of the numbered list at that level, numbered 1, 2, 3 … without a gap.
 */
function numberedAfter(ctx: Context, c: ExtractedFigure): Found | null {
  const para = paragraphSpan(ctx, c.paragraph);
  const rest = ctx.norm.slice(c.span.end, para.end);
  // The colon closes the count's own clause: 14个内设机构（正科级）和机关党委：
  const colon = /^[^。；;！？，,]{0,20}?[：:]\s*/.exec(rest);
  if (!colon) return null;
  const noun = nounOf(ctx, c);
  const from = c.span.end + colon[0].length;
  // Inline 一是…二是… in the same paragraph.
  if (ctx.norm.startsWith("一是", from)) {
    const text = ctx.norm.slice(from, para.end);
    let n = 1;
    let pos = 2;
    while (n < CN_ORDINAL.length - 1) {
      const hit = ordinalAt(text, n + 1, pos);
      if (hit < 0) break;
      n++;
      pos = hit + 2;
    }
    // The next item in a paragraph of its own: the list is not all here.
    const after = ctx.norm.slice(para.end, para.end + 400);
    if (n + 1 < CN_ORDINAL.length && ordinalAt(after, n + 1, 0) >= 0) return null;
    return numbered(c, noun, n);
  }
  // Lines after a line that ends with the colon.
  if (from < para.end) return null;
  const others = (ctx.byParagraph[c.paragraph] ?? []).filter(
    (f) => f !== c && f.kind === "count" && !f.approx,
  );
  if (others.length > 0) return null; // which count the list is for is unsure
  const paras = ctx.a.segments.paragraphs;
  let style: MarkerStyle | null = null;
  let n = 0;
  let plain = 0;
  for (let p = c.paragraph + 1; p < paras.length; p++) {
    const line = ctx.norm.slice(paras[p]!.start, paras[p]!.end);
    if (line.trim() === "") continue;
    const m = marker(line);
    if (!style) {
      // 一、二、… number the report's own sections: where such a list ends is unsure.
      if (m?.n !== 1 || m.style === "cn") return null;
      style = m.style;
      n = 1;
      continue;
    }
    if (m && m.style === style) {
      if (m.n !== n + 1) {
        if (m.n > n + 1) return null; // a gap: the count of items is unsure
        break;
      }
      n++;
      plain = 0;
      continue;
    }
    if (m && LEVEL[m.style] <= LEVEL[style]) break;
    if (!m && ++plain > 3) break;
  }
  return n >= 2 ? numbered(c, noun, n) : null;
}

function numbered(c: ExtractedFigure, noun: string, n: number): Found {
  const items = { items: [], min: n, max: n, ambiguous: false };
  return { target: c, noun: noun.length >= 2 ? noun : c.unit, items, partial: false, what: "numbered" };
}

const PEOPLE = /^(?:名|人|位)$/;
/** 从江华、道县、蓝山抽调…: a list that says where from, to or for whom, not what is counted. */
const ADVERBIAL =
  /^(?:并|又|还|均|已|将|同时|共同)?(?:从|在|向|对|由|自|于|到|往|赴|与|给|为了|通过|按照|根据)/;

/** `宝钢、巴斯夫、中科、新能源等4个…` / `基本支出和项目支出两个部分`: the list ends at the numeral. */
function listBefore(ctx: Context, c: ExtractedFigure): Found | null {
  let end = c.numberSpan.start;
  while (end > 0 && /\s/.test(ctx.norm[end - 1]!)) end--;
  const words = /(?:等等|等|共计|共|计|这|此)+$/.exec(ctx.norm.slice(Math.max(0, end - 4), end));
  const partial = words?.[0].includes("等") ?? false;
  if (words) end -= words[0].length;
  if (PEOPLE.test(c.unit)) return null; // 从A、B、C抽调3名同志: the list is where they come from
  let start = clauseStart(ctx, end);
  // 4、突出抓好30个…: a list marker opening the line is no item.
  if (start === 0 || ctx.norm[start - 1] === "\n") {
    const marker = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.]\s*/.exec(ctx.norm.slice(start, end));
    if (marker) start += marker[0].length;
  }
  if (start >= end) return null;
  const clause = topLevel(ctx, { start, end });
  if (/分别|各/.test(clause) || ADVERBIAL.test(clause)) return null;
  const items = splitItems(ctx, start, end);
  const counter = c.unit;
  // A、B、C等实际问题162件: the items are kinds of what is counted.
  const lastItem = items.items[items.items.length - 1]!;
  if (topLevel(ctx, lastItem).includes("等")) return null;
  for (const it of items.items) {
    const text = topLevel(ctx, it).trim();
    if (text.length === 0 || text.length > MAX_ITEM) return null;
    if (quantityFiguresIn(ctx, it).length > 0) return null;
    // 一级、二级、三级指标: the numeral is an item of a sequence, not a count.
    if (text.endsWith(counter) && /[一二三四五六七八九十\d]$/.test(text.slice(0, -counter.length)))
      return null;
  }
  const noun = nounAfter(ctx, c) || nounBefore(c);
  if (items.min === 1) {
    // A和B两个部分: two items, but only ever confirmed (A和B的C三项 is unsure).
    if (items.max !== 2 || !c.value.eq(2)) return null;
    return { target: c, noun, items: { ...items, ambiguous: true }, partial };
  }
  return { target: c, noun, items, partial };
}

const NAMED_INTRO = /(分别是|分别为|分别有|依次是|依次为|主要包括|主要有|包括|有|为|是)[：:]?/g;

/** `内设科室19个…。内设科室分别是A、B、…`: a later sentence names the counted noun and lists it. */
function namedLists(ctx: Context, counts: readonly ExtractedFigure[]): Found[] {
  const out: Found[] = [];
  const byParagraph = new Map<number, ExtractedFigure[]>();
  for (const c of counts) byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), c]);
  if (byParagraph.size === 0) return out;
  NAMED_INTRO.lastIndex = 0;
  for (let m = NAMED_INTRO.exec(ctx.norm); m; m = NAMED_INTRO.exec(ctx.norm)) {
    const at = m.index;
    const start = clauseStart(ctx, at);
    const noun = ctx.norm.slice(start, at).trim().replace(SELF, "");
    if (noun.length < 2 || noun.length > 12 || /[\d、]/.test(noun)) continue;
    const list = nameList(ctx, at + m[0].length, nestDepth(ctx)[at] ?? 0);
    if (!list) continue;
    const para = indexBefore(ctx.a.segments.paragraphs, at);
    const c = (byParagraph.get(para) ?? [])
      .filter((f) => f.span.end <= start)
      .reverse()
      .find((f) => nounOf(ctx, f) === noun);
    if (!c) continue;
    out.push({
      target: c,
      noun,
      items: list.items,
      partial: list.partial || PARTIAL_INTRO.test(m[1]!),
    });
  }
  return out;
}

const QUOTED_CHARS = /“([^”\n]{2,60})”\s*([二两三四五六七八九十]{1,3}|\d{1,2})字/g;

/** `“工业强、农业优、三产活、项目兴、生态好”十五字方针`: the characters inside the quotes. */
function quotedCharacters(ctx: Context): Found[] {
  const out: Found[] = [];
  QUOTED_CHARS.lastIndex = 0;
  for (let m = QUOTED_CHARS.exec(ctx.norm); m; m = QUOTED_CHARS.exec(ctx.norm)) {
    const numeral = m[2]!;
    const value = /\d/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral);
    if (value === null) continue;
    const chars = (m[1]!.match(/\p{Script=Han}/gu) ?? []).length;
    const numStart = m.index + m[0].length - numeral.length - 1;
    const target = synthFigure(ctx, {
      span: { start: numStart, end: numStart + numeral.length + 1 },
      numberSpan: { start: numStart, end: numStart + numeral.length },
      value,
      unit: "字",
      kind: "count",
      decimals: -1,
      label: m[1]!,
      tag: 2,
    });
    const items = { items: [] as Span[], min: chars, max: chars, ambiguous: false };
    out.push({ target, noun: "字", items, partial: false, what: "characters" });
  }
  return out;
}

const MESSAGE = { numbered: "numberedCount", characters: "characterCount" } as const;

function relationOf(ctx: Context, ruleId: string, f: Found): Relation | null {
  const { items } = f;
  // A count is exact: 3个 is neither rounded nor truncated from 3.4 (decimals −1 says so).
  const target: ExtractedFigure = { ...f.target, decimals: -1 };
  const stated = target.value;
  const listed = f.what ? "" : preview(ctx, items.items);
  const label = f.what === "characters" ? target.label : f.noun || target.label;
  const data = { label, listed, n: String(items.min) };
  const base = {
    ruleId,
    target,
    compare: "eq" as const,
    explicit: false,
    exactInputs: false,
    data,
    direction: 1 as const,
  };
  if (f.partial) {
    // 等: at least the items listed.
    const expr: Expr = {
      t: "call",
      fn: "max",
      args: [fig(target, "count"), { t: "const", v: new D(items.min) }],
    };
    return { ...base, variants: [{ name: "≥ listed", expr }], messageId: "listedMore" };
  }
  const variants = [];
  for (let k = items.min; k <= items.max; k++) variants.push({ name: String(k), expr: constant(k) });
  const holds = stated.gte(items.min) && stated.lte(items.max);
  if (!holds && items.ambiguous) return null;
  return { ...base, variants, messageId: f.what ? MESSAGE[f.what] : "listCount" };
}

const constant = (k: number): Expr => ({ t: "const", v: new D(k) });

// ---------------------------------------------------------------------------------------------
// 分别 lists

const RESPECTIVELY = /分别|各(?=是|为)/g;
const VALUE_GAP = /^\s*(?:、|和|及|与|以及|,)?\s*$/;

/** `A、B、C分别为1、2、3个`: as many values as names. */
export const respectively: KindFn = (ctx, ruleId) => {
  const out = empty();
  const depth = nestDepth(ctx);
  RESPECTIVELY.lastIndex = 0;
  for (let m = RESPECTIVELY.exec(ctx.norm); m; m = RESPECTIVELY.exec(ctx.norm)) {
    const at = m.index;
    const start = clauseStart(ctx, at);
    if (start >= at) continue;
    const names = splitItems(ctx, start, at);
    if (names.items.some((it) => quantityFiguresIn(ctx, it).length > 0)) continue;
    const own = depth[at] ?? 0;
    const end = clauseEnd(ctx, at + m[0].length, /[，。；;！？!?\n\t|]/);
    const after = figuresIn(ctx, at, end).filter(
      (f) => f.span.end <= end && (depth[f.span.start] ?? 0) === own,
    );
    if (after.length === 0) continue;
    const values = [after[0]!];
    for (const f of after.slice(1)) {
      const prev = values[values.length - 1]!;
      if (!VALUE_GAP.test(ctx.norm.slice(prev.span.end, f.span.start))) break;
      values.push(f);
    }
    const n = values.length;
    if (n < 2) continue;
    const fits = n >= names.min && n <= names.max;
    if (!fits && (names.min < 2 || names.ambiguous)) continue;
    if (fits && names.max < 2) continue;
    const first = values[0]!;
    const last = values[n - 1]!;
    const target = synthFigure(ctx, {
      span: { start: first.span.start, end: last.span.end },
      numberSpan: { start: first.span.start, end: last.span.end },
      value: n,
      unit: "项",
      kind: "count",
      decimals: -1,
      label: ctx.norm.slice(start, at),
      tag: 3,
    });
    const variants = [];
    for (let k = names.min; k <= names.max; k++) variants.push({ name: String(k), expr: constant(k) });
    out.relations.push({
      ruleId,
      target,
      variants,
      compare: "eq",
      explicit: false,
      exactInputs: false,
      messageId: "respectively",
      data: { listed: preview(ctx, names.items), names: String(names.min), values: String(n) },
      direction: 1,
    });
  }
  return out;
};
