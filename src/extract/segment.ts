/**
 * Paragraphs, sentences and clauses as spans over the (normalised) text.
 * A paragraph is a line; a sentence ends at 。！？ or a line break; a clause ends at ，；：、.
 */
import type { Span } from "../types.js";

export interface Segments {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** Sentence index → paragraph index. */
  readonly sentenceParagraph: readonly number[];
  /** Offsets of line breaks that only wrap a line (see isSoftBreak). */
  readonly softBreaks: readonly number[];
}

const HARD_BEFORE = /[。！？!?：:；;)）」』”"…]/;
const LIST_START =
  /^[ \t]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]|[#|>*]|[-+] )/;
const SOFT_MIN_LINE = 20;

/**
 * Whether the line break at `i` only wraps a long line (text extracted from PDF or Word keeps the
 * page's line breaks inside sentences, even inside words and between a number and its unit).
 */
export function isSoftBreak(text: string, i: number, lineStart: number): boolean {
  let k = i - 1;
  while (k >= lineStart && (text[k] === " " || text[k] === "\r")) k--;
  if (k < lineStart) return false;
  const line = text.slice(lineStart, k + 1);
  if (line.trim().length < SOFT_MIN_LINE || /^[ ]*\t|\t|\|/.test(line)) return false;
  const marker = LIST_START.exec(line);
  // A numbered heading (1、专项资金安排落实、总投入等情况分析) ends its line; a numbered item with figures may wrap.
  if (marker && line.trim().length < 50 && !/\d/.test(line.slice(marker[0].length))) return false;
  if (HARD_BEFORE.test(text[k]!)) return false;
  const nextEnd = text.indexOf("\n", i + 1);
  const next = text.slice(i + 1, nextEnd < 0 ? text.length : nextEnd);
  if (next.trim() === "" || LIST_START.test(next) || next.includes("\t")) return false;
  return true;
}

export function segment(text: string): Segments {
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  const sentenceParagraph: number[] = [];
  let pStart = 0;
  let sStart = 0;
  let lineStart = 0;
  const softBreaks: number[] = [];
  const endSentence = (end: number) => {
    if (text.slice(sStart, end).trim() !== "") {
      sentences.push({ start: sStart, end });
      sentenceParagraph.push(paragraphs.length);
    }
    sStart = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 。！？ (U+3002, U+FF01, U+FF1F) and ASCII ! ?
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) endSentence(i + 1);
    else if (c === 10) {
      const soft = isSoftBreak(text, i, lineStart);
      lineStart = i + 1;
      if (soft) {
        softBreaks.push(i);
        continue;
      }
      endSentence(i + 1);
      paragraphs.push({ start: pStart, end: i });
      pStart = i + 1;
    }
  }
  endSentence(text.length);
  paragraphs.push({ start: pStart, end: text.length });
  return { paragraphs, sentences, sentenceParagraph, softBreaks };
}

/** Index of the span containing `offset` in a sorted, non-overlapping list; -1 if none. */
export function indexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    const s = spans[m]!;
    if (offset < s.start) hi = m - 1;
    else if (offset >= s.end) lo = m + 1;
    else return m;
  }
  return -1;
}

/** Index of the last span starting at or before `offset`. */
export function indexBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (spans[m]!.start <= offset) {
      ans = m;
      lo = m + 1;
    } else hi = m - 1;
  }
  return ans;
}
