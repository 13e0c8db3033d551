/**
 * Blocks that look like tables but were not recovered (issue 4): rows of figures separated by tabs,
 * bars or spaces that no table took — a 决算表 run together with its row numbers (`八、其他收入 8
 * 11,122,315.04 13,628,965.89 …`), a form whose cells a converter scrambled. They are left alone
 * and reported, so that a reader knows their figures were not checked.
 */
import type { Span } from "../types.js";
import { classifyCell, type Line } from "./cells.js";
import type { Table } from "./model.js";

/** So many figures outside every table, in lines shaped like rows, make an unread table. */
const MIN_FIGURES = 8;
/** A line without separators is row-shaped when figures are this share of its words. */
const FLAT_SHARE = 0.3;

export interface UnreadBlock {
  /** The first figure no table took (where the note points). */
  readonly first: Span;
  /** The lines of the block. */
  readonly span: Span;
  /** Figures in the block outside every recovered table. */
  readonly figures: number;
}

interface Token {
  readonly span: Span;
  readonly figure: boolean;
  /** Sentence punctuation: prose, not a row of cells. */
  readonly prose: boolean;
}

const PUNCT = /[，。；;]|,(?!\d)/;
/** Prose written with spaces around its numbers (PDF extraction) has punctuation in this share of its words. */
const PROSE_SHARE = 0.1;

function tokens(line: Line): Token[] {
  const sep = /[\t|]/.test(line.text) ? /[^\t|]+/g : /\S+/g;
  const out: Token[] = [];
  for (let m = sep.exec(line.text); m; m = sep.exec(line.text)) {
    const t = m[0].trim();
    if (!t) continue;
    const at = line.start + m.index + m[0].indexOf(t);
    const kind = classifyCell(t);
    out.push({
      span: { start: at, end: at + t.length },
      figure: kind === "number" || kind === "percent",
      prose: PUNCT.test(t),
    });
  }
  return out;
}

/**
 * A table read without confidence: figures sit under columns that have no title (a 决算表 whose
 * row numbers and amounts ran together gives rows longer than its header), or its rows had to be
 * aligned by content and most of its columns have no title.
 */
export function doubtful(t: Table): boolean {
  const untitled = new Set(t.columns.filter((c) => c.title === "" && c.index > 0).map((c) => c.index));
  let stray = 0;
  for (const r of t.rows)
    for (const c of r.cells)
      if (untitled.has(c.col) && (c.kind === "number" || c.kind === "percent")) stray++;
  if (stray >= STRAY) return true;
  return t.rows.some((r) => r.realigned) && untitled.size * 2 > t.columns.length;
}

/** Figures under untitled columns that make a table doubtful. */
const STRAY = 3;

/** The spans merged and sorted, so that `inside` is a binary search (the text's tables grow with it). */
function merged(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

function inside(s: Span, read: readonly Span[]): boolean {
  let lo = 0;
  let hi = read.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (read[mid]!.end < s.end) lo = mid + 1;
    else hi = mid;
  }
  const r = read[lo];
  return r !== undefined && s.start >= r.start && s.end <= r.end;
}

/** Words per piece of a long line without separators, judged piece by piece. */
const PIECE = 24;

/** A tab or a bar, or at least three runs of spaces (four words). */
function mayBeRow(text: string): boolean {
  let runs = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 124) return true;
    const ws = c === 32 || c === 0x3000;
    if (ws && !space && ++runs >= 3) return true;
    space = ws;
  }
  return false;
}

/** The pieces of a line judged for shape: the whole line when it has separators, else runs of words. */
function pieces(line: Line): Token[][] {
  // Prose without tabs, bars or spaces between its words is one token: no row (the common case,
  // skipped before any tokenising).
  if (!mayBeRow(line.text)) return [];
  const toks = tokens(line);
  if (/[\t|]/.test(line.text)) return toks.length >= 2 ? [toks] : [];
  const out: Token[][] = [];
  for (let i = 0; i < toks.length; i += PIECE) {
    const p = toks.slice(i, i + PIECE);
    const figures = p.filter((t) => t.figure).length;
    const prose = p.filter((t) => t.prose).length;
    if (p.length >= 4 && prose < PROSE_SHARE * p.length && figures >= FLAT_SHARE * p.length) out.push(p);
    else out.push([]);
  }
  return out;
}

/** The table-like blocks of `lines` that none of `tables` (those read with confidence) covers. */
export function unreadBlocks(lines: readonly Line[], tables: readonly Table[]): UnreadBlock[] {
  const out: UnreadBlock[] = [];
  const read = merged(tables.map((t) => t.span));
  let cur: { first: Span; start: number; end: number; figures: number } | null = null;
  const close = () => {
    if (cur && cur.figures >= MIN_FIGURES)
      out.push({ first: cur.first, span: { start: cur.start, end: cur.end }, figures: cur.figures });
    cur = null;
  };
  for (const line of lines) {
    if (line.text.trim() === "") continue; // a blank line inside a block is a gap
    for (const p of pieces(line)) {
      const loose = p.filter((t) => t.figure && !inside(t.span, read));
      if (loose.length === 0) {
        close();
        continue;
      }
      const from = p[0]!.span.start;
      if (!cur) cur = { first: loose[0]!.span, start: from, end: from, figures: 0 };
      const c: { first: Span; start: number; end: number; figures: number } = cur;
      c.end = p[p.length - 1]!.span.end;
      c.figures += loose.length;
    }
  }
  close();
  return out;
}
