/**
 * Figures: every number in the text with its exact value, unit, scale, written precision, span
 * and label (design.md §2). Values are parsed from the written string into Decimal, never through
 * Number. Years, dates, ordinals, document numbers and list markers are not figures.
 */
import { D, type Decimal } from "../checks/decimal.js";
import type { Figure, FigureKind, Span } from "../types.js";
import { parseChineseNumeral } from "./chinese-numerals.js";
import { indexBefore, type Segments } from "./segment.js";
import { type UnitInfo, unitAt } from "./units.js";

/** A number as written: thousands groups or plain digits, optional decimals. */
const NUMBER = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const DIGIT = /[0-9]/;
const CJK_NUMERAL = /[零〇一二两三四五六七八九十百千]+/y;
const NUMERAL_CHARS = new Set([..."零〇一二两三四五六七八九十百千"].map((c) => c.charCodeAt(0)));
const SCALE_ONE = new D(1);
const SCALE_POINTS = new D("0.01");
const COUNTER_AFTER_NUMERAL =
  /^(?:个百分点|个|项|名|人|家|次|条|批|所|类|位|年|件|座|户|套|台|辆|场|篇|份|天|大类|种|笔|宗)/;

/** Characters that end a label when scanning left from a figure. */
const LABEL_STOP = /[，,、；;：:。！？!?\n\t()（）“”"'‘’【】《》<>=＝[\]〔〕|]/;
const LABEL_LEAD =
  /^(?:其中|包括|包含|含|另外|另|以及|并且|并|而|和|及|与|即|分别|共有|共|合计|总计|此外|主要|同时|当年|全部)+/;
const LABEL_TAIL =
  /(?:为|是|达到|达|约为|约|共计|合计|总计|累计|共|计|有|至|到|超过|超|近|逾|了|的|等|已|分别为|分别)+$/;
const MAX_LABEL = 24;

interface Draft {
  raw: string;
  digits: string;
  value: Decimal;
  unit: string;
  kind: FigureKind;
  scale: Decimal;
  decimals: number;
  exact: boolean;
  approx: boolean;
  span: Span;
  numberSpan: Span;
}

export interface ExtractedFigure extends Figure {
  /** 约 / 余 / 以上 / 超过 …: the figure is a bound or an estimate, never an exact operand. */
  readonly approx: boolean;
  /** The unit was not written after the number but taken from the list it belongs to. */
  readonly unitInherited: boolean;
}

export function extractFigures(norm: string, seg: Segments, original: string = norm): ExtractedFigure[] {
  const drafts: Draft[] = [];
  scanArabic(norm, drafts);
  scanChinese(norm, drafts);
  drafts.sort((a, b) => a.span.start - b.span.start);
  const inherited = inheritListUnits(norm, drafts);
  inheritSentenceMoney(norm, seg, drafts, inherited);
  const out: ExtractedFigure[] = [];
  const sentenceOf = drafts.map((d) => Math.max(0, indexBefore(seg.sentences, d.span.start)));
  const zeros = exactZeros(drafts, sentenceOf);
  let prevEnd = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const { label, labelSpan } = findLabel(norm, d.numberSpan.start, prevEnd);
    prevEnd = d.span.end;
    const sentence = sentenceOf[i]!;
    const paragraph = Math.max(0, indexBefore(seg.paragraphs, d.span.start));
    out.push(
      Object.freeze({
        id: i,
        raw: original.slice(d.span.start, d.span.end),
        digits: d.digits,
        value: d.value,
        unit: d.unit,
        kind: d.kind,
        scale: d.scale,
        decimals: d.decimals,
        exact: d.exact || zeros.has(i),
        approx: d.approx,
        unitInherited: inherited.has(d),
        span: d.span,
        numberSpan: d.numberSpan,
        label,
        labelSpan,
        sentence,
        paragraph,
      }),
    );
  }
  return out;
}

function scanArabic(text: string, out: Draft[]): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) continue; // not an ASCII digit (full-width ones are folded)
    const before = text[i - 1] ?? "";
    if (DIGIT.test(before) || before === "." || /[A-Za-z_]/.test(before)) continue;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) continue;
    const numText = m[0];
    const end = i + numText.length;
    const next = text[end] ?? "";
    if (/[A-Za-z_]/.test(next)) {
      i = end - 1;
      continue; // 5G, 2B, model codes
    }
    const digits0 = numText.replace(/,/g, "");
    const skip = excluded(text, i, end, digits0);
    if (skip) {
      i = end - 1;
      continue;
    }
    let start = i;
    let digits = digits0;
    // A sign belongs to the number only where it cannot be a subtraction or a range dash.
    if ((before === "-" || before === "+") && !/[\d)%A-Za-z.]/.test(text[i - 2] ?? "")) {
      start = i - 1;
      if (before === "-") digits = "-" + digits;
    }
    // Qualifiers and unit: 1300余万只, 139 万元, 5000万元以上
    let p = end;
    let approx = false;
    if (text[p] === "余" || text[p] === "多") {
      approx = true;
      p++;
    }
    let q = p;
    while (q < text.length && q - p < 3 && /[ \n\r]/.test(text[q]!)) q++;
    if (text.slice(p, q).includes("\n") && !/^[元万亿%个分]/.test(text.slice(q, q + 1))) q = p;
    const unit: UnitInfo | null = unitAt(text, q);
    const realUnitEnd = unit ? q + unitLength(text, q, unit) : end;
    if (/^(?:以上|以下|左右|多)/.test(text.slice(realUnitEnd, realUnitEnd + 2))) approx = true;
    if (
      /(?:约|超过|超|近|逾|不少于|不低于|不超过|多于|少于|大于|小于|≥|≤|>|<|≧|≦)$/.test(
        text.slice(Math.max(0, start - 3), start),
      )
    )
      approx = true;
    const dot = digits.indexOf(".");
    const decimals = dot < 0 ? 0 : digits.length - dot - 1;
    const kind: FigureKind = unit ? unit.kind : "plain";
    out.push({
      raw: text.slice(start, realUnitEnd),
      digits,
      value: new D(digits),
      unit: unit ? unit.unit : "",
      kind,
      scale: unit ? unit.scale : SCALE_ONE,
      decimals,
      exact: kind === "count" && decimals === 0,
      approx,
      span: { start, end: realUnitEnd },
      numberSpan: { start, end },
    });
    i = end - 1;
  }
}

function unitLength(text: string, q: number, unit: UnitInfo): number {
  // "百分点" is normalised to 个百分点 but written with three characters.
  if (unit.unit === "个百分点" && !text.startsWith("个百分点", q)) return 3;
  return unit.unit.length;
}

/** Numbers that are not quantities: years, dates, ordinals, document numbers, list markers, codes. */
function excluded(text: string, start: number, end: number, digits: string): boolean {
  const next = text[end] ?? "";
  const next2 = text.slice(end, end + 2);
  const prev = text[start - 1] ?? "";
  const hasDot = digits.includes(".");
  // Years: 2020年, 2020年度, 2021-2023, 〔2021〕
  if (/^(19|20)\d\d$/.test(digits)) {
    if (/^\s?年/.test(text.slice(end, end + 2))) return true;
    if (/^[-—~～至到]\s?(19|20)?\d\d/.test(text.slice(end, end + 5))) return true;
    if (/[〔[【(]/.test(prev) && /[〕\]】)]/.test(next)) return true;
    if (/^\s?(?:年|届)/.test(next2)) return true;
  }
  // Dates, times, document numbers, editions: 6月, 16日, 5号, 第五批, 1325期
  if (
    !hasDot &&
    /^\s?(?:月|日|号|时|点(?!\d)|届|版|楼|室|级|代|号|时期|季度)/.test(next2) &&
    !next2.startsWith("个")
  )
    return true;
  if (!hasDot && /^[-—~～]\s?\d{1,2}\s?月/.test(text.slice(end, end + 6))) return true; // 1-11月
  if (
    prev === "第" ||
    /(?:图|表|附件|附表|条款|章|节|No\.?|NO\.?)$/.test(text.slice(Math.max(0, start - 3), start))
  )
    return true;
  // Identifiers: 219-池州, 219001-池州
  if (!hasDot && next === "-" && /[\u4e00-\u9fff]/.test(text[end + 1] ?? "")) return true;
  // List markers: "1、", "3.人员情况", "1.2020年初", "（1）", "<一>"
  if (isListMarker(text, start, end, digits)) return true;
  return false;
}

function lineStartBefore(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === "\n") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

function isListMarker(text: string, start: number, end: number, digits: string): boolean {
  const prev = text[start - 1] ?? "";
  const next = text[end] ?? "";
  const atLine = lineStartBefore(text, start);
  const boundaryBefore = atLine || /[：:；;。，,\s]/.test(prev);
  if (!digits.includes(".")) {
    if (digits.length > 3) return false;
    if (next === "、" && boundaryBefore && !DIGIT.test(text[end + 1] ?? "")) return true;
    if ((next === "." || next === "．") && atLine && !DIGIT.test(text[end + 1] ?? "")) return true;
    if ((next === ")" || next === "〉" || next === ">") && /[(〈<]/.test(prev)) {
      const after = text[end + 1] ?? "";
      if (after === "" || !/[万亿元%个名人家项次]/.test(after)) return true;
    }
    return false;
  }
  // "1.2020年初…" at the start of a line: a marker "1." glued to a year.
  if (atLine && /^\d{1,2}\.(19|20)\d\d$/.test(digits) && text[end] === "年") return true;
  return false;
}

function scanChinese(text: string, out: Draft[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!NUMERAL_CHARS.has(text.charCodeAt(i))) continue;
    const before = text[i - 1] ?? "";
    if (/[零〇一二两三四五六七八九十百千万第每逐统唯同单初高之周星礼]/.test(before)) continue;
    CJK_NUMERAL.lastIndex = i;
    const m = CJK_NUMERAL.exec(text);
    if (!m) continue;
    const end = i + m[0].length;
    const rest = text.slice(end, end + 4);
    const counter = COUNTER_AFTER_NUMERAL.exec(rest);
    i = end - 1;
    if (!counter) continue;
    const value = parseChineseNumeral(m[0]);
    if (value === null || value < 2) continue; // 一个/一项 are articles more often than counts
    const unit = counter[0] === "个百分点" ? "个百分点" : counter[0];
    const kind: FigureKind = unit === "个百分点" ? "points" : "count";
    out.push({
      raw: m[0] + unit,
      digits: String(value),
      value: new D(value),
      unit,
      kind,
      scale: kind === "points" ? SCALE_POINTS : SCALE_ONE,
      decimals: -1,
      exact: true,
      approx: false,
      span: { start: i - m[0].length + 1, end: end + unit.length },
      numberSpan: { start: end - m[0].length, end },
    });
  }
}

/**
 * 分别提高14.2、9.4和1.6个百分点 / 各是4125.49,4143.91万元: bare numbers in a list whose last
 * member carries the unit take that unit.
 */
function inheritListUnits(text: string, drafts: Draft[]): Set<Draft> {
  const inherited = new Set<Draft>();
  for (let i = drafts.length - 1; i > 0; i--) {
    const last = drafts[i]!;
    if (last.kind === "plain") continue;
    let j = i - 1;
    while (j >= 0) {
      const d = drafts[j]!;
      const between = text.slice(d.span.end, drafts[j + 1]!.span.start);
      if (d.kind !== "plain" || !/^\s*[、,，和及与]\s*$/.test(between)) break;
      drafts[j] = {
        ...d,
        unit: last.unit,
        kind: last.kind,
        scale: last.scale,
        exact: last.kind === "count" && d.decimals === 0,
      };
      inherited.add(drafts[j]!);
      j--;
    }
  }
  return inherited;
}

/**
 * 已分配/支出41071.78，省财政统筹收回2701万元: a bare decimal amount in a sentence of money
 * figures is in their unit — unless it is an operand of a written formula.
 */
function inheritSentenceMoney(text: string, seg: Segments, drafts: Draft[], inherited: Set<Draft>): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.kind !== "plain" || d.approx) continue;
    const before = text[d.span.start - 1] ?? "";
    const after = text[d.numberSpan.end] ?? "";
    if (/[+\-*/×÷=()]/.test(before) || /[+\-*/×÷=()]/.test(after)) continue;
    const sentence = indexBefore(seg.sentences, d.span.start);
    let unit: Draft | null = null;
    for (const k of [i - 1, i + 1]) {
      const n = drafts[k];
      if (n && n.kind === "money" && indexBefore(seg.sentences, n.span.start) === sentence) {
        unit = n;
        break;
      }
    }
    if (!unit) continue;
    drafts[i] = { ...d, unit: unit.unit, kind: "money", scale: unit.scale };
    inherited.add(drafts[i]!);
  }
}

function findLabel(
  text: string,
  numberStart: number,
  prevFigureEnd: number,
): { label: string; labelSpan: Span } {
  let k = numberStart;
  // 比一季度（-8.8%）: a figure opening a parenthesis is labelled by the words before it.
  let q = k;
  while (q > 0 && /[\s\-+]/.test(text[q - 1]!)) q--;
  if (q > prevFigureEnd && text[q - 1] === "(") k = q - 1;
  const floor = Math.max(prevFigureEnd, k - 40);
  while (k > floor && !LABEL_STOP.test(text[k - 1]!)) k--;
  let start = k;
  let end = q > prevFigureEnd && text[q - 1] === "(" ? q - 1 : numberStart;
  while (end > start && /[\s\-+]/.test(text[end - 1]!)) end--;
  let raw = text.slice(start, end);
  const lead = LABEL_LEAD.exec(raw);
  if (lead) {
    start += lead[0].length;
    raw = raw.slice(lead[0].length);
  }
  const tail = LABEL_TAIL.exec(raw);
  if (tail && tail[0].length < raw.length) {
    end -= tail[0].length;
    raw = raw.slice(0, raw.length - tail[0].length);
  }
  if (raw.length > MAX_LABEL) {
    start = end - MAX_LABEL;
    raw = raw.slice(raw.length - MAX_LABEL);
  }
  const trimmed = raw.trim();
  const offset = raw.indexOf(trimmed);
  return { label: trimmed, labelSpan: { start: start + offset, end: start + offset + trimmed.length } };
}

/**
 * Amounts written as a bare 0 (`因公出国（境）费0万元`) in a sentence whose other amounts carry
 * decimals (15.20, 3.45): nothing spent, not something under half a 万元 — a report that writes
 * cents writes a rounded small amount as 0.00 or 0.3. Where amounts are whole numbers, a 0 may be
 * rounded like them and keeps its half unit.
 */
function exactZeros(drafts: readonly Draft[], sentenceOf: readonly number[]): Set<number> {
  const withDecimals = new Set<number>();
  drafts.forEach((d, i) => {
    if (d.kind === "money" && d.decimals > 0) withDecimals.add(sentenceOf[i]!);
  });
  const out = new Set<number>();
  drafts.forEach((d, i) => {
    if (d.kind === "money" && /^0+$/.test(d.digits) && withDecimals.has(sentenceOf[i]!)) out.add(i);
  });
  return out;
}
