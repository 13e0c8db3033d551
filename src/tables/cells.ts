/**
 * Cells as written: trimming to the content's span, what a cell holds (a number, a rate, a dash
 * standing for "none", words), and the lines of the text with their offsets. Recovery works on the
 * normalised text (full-width digits and brackets folded; same offsets as the original).
 */
import type { Span } from "../types.js";
import type { Cell, CellKind } from "./model.js";

export interface Line {
  readonly start: number;
  /** Offset of the line break (or the end of the text). */
  readonly end: number;
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|亿元|元|万|分)?$/;
const PERCENT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[%‰]$/;
const DASH = /^(?:[—–\-~～/\\·…]+|无|N\/?A|n\/?a)$/;
const COMPARED = /^[≥≤<>=≧≦═]\s*\d/;

export function classifyCell(text: string): CellKind {
  if (text === "") return "empty";
  if (PERCENT.test(text)) return "percent";
  if (NUMBER.test(text)) return "number";
  if (DASH.test(text)) return "dash";
  if (COMPARED.test(text)) return "compared";
  return "text";
}

const SPACE = /[\s\u00a0\u3000]/;

/** The span of `text.slice(start, end)` without surrounding blanks (zero-length at `start` if blank). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return s === e ? { start, end: start } : { start: s, end: e };
}

/** Markup a converter left inside a cell's content: `<p>10000</p>`, `<br/>`, `&nbsp;`. */
const MARKUP = /<\/?(?:p|span|div|br|b|strong|font|em|i|u|sup|sub)\b[^>]*>|&nbsp;/gi;

/** A cell over `text[start, end)`, not yet placed in a column; its text without markup. */
export function makeCell(text: string, start: number, end: number, display?: string): Cell {
  const span = trimSpan(text, start, end);
  const content = display ?? text.slice(span.start, span.end).replace(MARKUP, " ");
  const clean = content.replace(/\s+/g, " ").trim();
  return { text: clean, span, kind: classifyCell(clean), col: -1, colspan: 1 };
}

/** A line that only marks a page: `- 3 -`, `第 3 页`, `第3页 共12页`, `3/12`, `Page 3`. */
export function isPageMarker(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  return (
    /^[-—–]\s*\d{1,4}\s*[-—–]$/.test(t) ||
    /^第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/.test(t) ||
    /^\d{1,4}\s*\/\s*\d{1,4}$/.test(t) ||
    /^(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/.test(t)
  );
}
