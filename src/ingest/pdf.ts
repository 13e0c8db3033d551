/**
 * PDF with a text layer → text, in reading order, with ruled tables as TAB-separated rows.
 *
 * pdf.js (the legacy build, which runs on Node 20) gives each page's text items (a string, its
 * baseline origin, width and font size) and its drawing operators. `layoutPage`, pure, lays out
 * one page:
 * - **ruled tables**: the thin filled rectangles and stroked lines the page draws are the rules;
 *   horizontal and vertical rules that cross form a grid; a missing rule between two slots of the
 *   grid merges them (a merged cell); each text item goes to the cell that holds its centre, and
 *   a cell's lines are joined;
 * - **text outside tables**: items are grouped into lines by their baseline (a tolerance of
 *   about half the font size), sorted by x; a gap wider than 1.5 em becomes a TAB (a table
 *   without rules), a smaller visible gap a space (never between two CJK characters). A vertical
 *   gap clearly wider than the page's usual line pitch becomes a blank line (a new paragraph).
 * `joinPages`, pure, makes the document's text in the layout of every reader: a paragraph wrapped
 * over several lines (or pages) is one line again; each table row is one line of cells separated
 * by TABs, the slots a merged cell covers left empty, a blank line after the table; a table that
 * goes on over a page break is one table, the row the break cut joined again; page numbers alone
 * at the top or bottom of a page are left out. Rotated pages are read upright; text in another
 * direction than the page's main one (a diagonal watermark, a vertical stamp) is left out;
 * radicals that fonts map in place of ideographs are folded back (`foldRadicals`).
 *
 * A PDF whose pages give no letters or digits is a scan (`no-text-layer`: it needs OCR); one
 * whose text is mostly unmapped glyphs likewise. Limits: `maxPages` pages, `timeoutMs` in all.
 * Never throws.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gridLines } from "./html.js";
import type { Converted } from "./read.js";

/** A text item on an upright page: baseline origin (y grows downwards), advance width, font size. */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A painted axis-aligned box (page coordinates, y down) that may be a table rule. */
export interface PdfBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Above this many pages a PDF is not a report. */
export const MAX_PDF_PAGES = 2000;
/** Reading one PDF may take this long at most. */
export const PDF_TIMEOUT_MS = 120_000;

/** Above this many painted shapes on a page, ruled tables are not looked for. */
const MAX_BOXES = 20_000;
/** A rule is at most this thick (points). */
const RULE_THICKNESS = 3;
/** Rules closer than this (points) are the same line; a rule reaches a crossing within it. */
const SNAP = 2.5;
/** A gap this wide (in em) between two items of a line separates table cells. */
const TAB_GAP = 1.5;
/** A gap this wide (in em) is a space. */
const SPACE_GAP = 0.2;
/** A line pitch this many times the usual one starts a paragraph. */
const PARAGRAPH_PITCH = 1.5;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/;

// ---------------------------------------------------------------------------------------------
// Lines

interface Line {
  y: number;
  size: number;
  items: PdfTextItem[];
}

/** Groups items into lines by baseline, each sorted by x; lines top to bottom. */
function groupLines(items: readonly PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(item.y - line.y) <= 0.45 * Math.min(item.size, line.size)) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** A line's text: items in x order, a TAB for a wide gap, a space for a visible one. */
function lineText(items: readonly PdfTextItem[], tabs: boolean): string {
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  let prev: PdfTextItem | undefined;
  for (const item of items) {
    if (prev) {
      // Fake bold: the same text painted twice, slightly offset.
      if (item.str === prev.str && Math.abs(item.x - prev.x) < 0.3 * item.size) continue;
      const gap = item.x - end;
      const em = Math.max(prev.size, item.size);
      const last = text.at(-1) ?? "";
      const next = item.str[0] ?? "";
      if (tabs && gap > TAB_GAP * em) text = `${text.trimEnd()}\t`;
      else if (gap > SPACE_GAP * em && !(CJK.test(last) && CJK.test(next)) && last !== " " && last !== "\t")
        text += " ";
    }
    text += text.endsWith("\t") ? item.str.trimStart() : item.str;
    end = Math.max(end, item.x + item.width);
    prev = item;
  }
  return text.replace(/ {2,}/g, " ").trim();
}

/** The lines of a table cell as one string: no space where a line only wraps CJK text or a number. */
function joinCellLines(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) {
    if (out !== "" && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(line)) out += " ";
    out += line;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ruled tables

interface Rule {
  /** y of a horizontal rule, x of a vertical one. */
  pos: number;
  from: number;
  to: number;
}

/** Merges collinear rules that touch or overlap: rules within SNAP of one position, then by extent. */
function mergeRules(rules: readonly Rule[]): Rule[] {
  const byPos = [...rules].sort((a, b) => a.pos - b.pos);
  const out: Rule[] = [];
  let i = 0;
  while (i < byPos.length) {
    let j = i + 1;
    while (j < byPos.length && byPos[j]!.pos - byPos[j - 1]!.pos <= SNAP) j++;
    const line = byPos.slice(i, j).sort((a, b) => a.from - b.from);
    let current = { ...line[0]! };
    for (const r of line.slice(1)) {
      if (r.from <= current.to + SNAP) current.to = Math.max(current.to, r.to);
      else {
        out.push(current);
        current = { ...r };
      }
    }
    out.push(current);
    i = j;
  }
  return out;
}

/** Positions closer than SNAP taken as one (their mean). */
function clusterPositions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups.at(-1);
    if (g && v - g.at(-1)! <= SNAP) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

interface Grid {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** Slot (row, col) → the index of the cell (the union of merged slots). */
  readonly cellOf: readonly (readonly number[])[];
  /** The vertical rules run on above the first horizontal one, or below the last: a row cut by a page break. */
  readonly openTop: boolean;
  readonly openBottom: boolean;
}

const covers = (rules: readonly Rule[], pos: number, from: number, to: number): boolean =>
  rules.some((r) => Math.abs(r.pos - pos) <= SNAP && r.from <= from + SNAP && r.to >= to - SNAP);

/** Rule positions, with the far ends of the crossing rules when these reach beyond them. */
function withEnds(positions: readonly number[], crossing: readonly Rule[]): number[] {
  const lo = Math.min(...positions);
  const hi = Math.max(...positions);
  const from = Math.min(...crossing.map((r) => r.from));
  const to = Math.max(...crossing.map((r) => r.to));
  return [...positions, ...(from < lo - SNAP ? [from] : []), ...(to > hi + SNAP ? [to] : [])];
}

/** Grids formed by crossing rules: each connected set of rules with at least two slots. */
function findGrids(boxes: readonly PdfBox[]): Grid[] {
  // A page of more painted shapes than this is a drawing or a chart, not a table to read.
  if (boxes.length > MAX_BOXES) return [];
  const h: Rule[] = [];
  const v: Rule[] = [];
  for (const b of boxes) {
    const w = b.x1 - b.x0;
    const t = b.y1 - b.y0;
    if (t <= RULE_THICKNESS && w > t) h.push({ pos: (b.y0 + b.y1) / 2, from: b.x0, to: b.x1 });
    else if (w <= RULE_THICKNESS && t > w) v.push({ pos: (b.x0 + b.x1) / 2, from: b.y0, to: b.y1 });
  }
  const hs = mergeRules(h);
  const vs = mergeRules(v);
  if (hs.length < 2 || vs.length < 2) return [];
  // Connected components of crossing rules (union-find over hs then vs).
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  hs.forEach((hr, i) => {
    vs.forEach((vr, j) => {
      const cross =
        vr.pos >= hr.from - SNAP &&
        vr.pos <= hr.to + SNAP &&
        hr.pos >= vr.from - SNAP &&
        hr.pos <= vr.to + SNAP;
      if (cross) parent[find(i)] = find(hs.length + j);
    });
  });
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  hs.forEach((r, i) => {
    const key = find(i);
    if (!groups.has(key)) groups.set(key, { h: [], v: [] });
    groups.get(key)!.h.push(r);
  });
  vs.forEach((r, j) => {
    const key = find(hs.length + j);
    if (!groups.has(key)) groups.set(key, { h: [], v: [] });
    groups.get(key)!.v.push(r);
  });

  const grids: Grid[] = [];
  for (const g of groups.values()) {
    // Where vertical rules run on past the last horizontal one (a row cut by the page break, a
    // table without its outer rules), their ends bound the grid; likewise for horizontal rules.
    const ys = clusterPositions(
      withEnds(
        g.h.map((r) => r.pos),
        g.v,
      ),
    );
    const xs = clusterPositions(
      withEnds(
        g.v.map((r) => r.pos),
        g.h,
      ),
    );
    if (ys.length < 2 || xs.length < 2 || (ys.length - 1) * (xs.length - 1) < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    const slot = (r: number, c: number) => r * cols + c;
    const cellParent = Array.from({ length: rows * cols }, (_, i) => i);
    const findCell = (slot: number): number => {
      let i = slot;
      while (cellParent[i] !== i) i = cellParent[i]!;
      return i;
    };
    const union = (a: number, b: number) => {
      const ra = findCell(a);
      const rb = findCell(b);
      if (ra !== rb) cellParent[Math.max(ra, rb)] = Math.min(ra, rb); // the top-left slot is the root
    };
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (c + 1 < cols && !covers(g.v, xs[c + 1]!, ys[r]!, ys[r + 1]!)) union(slot(r, c), slot(r, c + 1));
        if (r + 1 < rows && !covers(g.h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) union(slot(r, c), slot(r + 1, c));
      }
    }
    const cellOf = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => findCell(slot(r, c))),
    );
    const top = Math.min(...g.h.map((r) => r.pos));
    const bottom = Math.max(...g.h.map((r) => r.pos));
    const openTop = Math.min(...g.v.map((r) => r.from)) < top - SNAP;
    const openBottom = Math.max(...g.v.map((r) => r.to)) > bottom + SNAP;
    grids.push({ xs, ys, cellOf, openTop, openBottom });
  }
  return grids;
}

/** The index of the interval of `bounds` that holds `v`, or -1. */
function slotIndex(bounds: readonly number[], v: number): number {
  if (v < bounds[0]! || v > bounds.at(-1)!) return -1;
  for (let i = 0; i < bounds.length - 1; i++) if (v <= bounds[i + 1]!) return i;
  return -1;
}

const center = (item: PdfTextItem) => ({ x: item.x + item.width / 2, y: item.y - item.size * 0.35 });

/** A grid's rows of cell texts; the text of a merged cell in its top-left slot. */
function gridTexts(grid: Grid, items: readonly PdfTextItem[]): string[][] {
  const byCell = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    const { x, y } = center(item);
    const r = slotIndex(grid.ys, y);
    const c = slotIndex(grid.xs, x);
    const cell = grid.cellOf[r]![c]!;
    if (!byCell.has(cell)) byCell.set(cell, []);
    byCell.get(cell)!.push(item);
  }
  const cols = grid.xs.length - 1;
  return grid.cellOf.map((row, r) =>
    row.map((cell, c) => {
      if (cell !== r * cols + c) return ""; // covered by a merged cell
      const cellItems = byCell.get(cell) ?? [];
      return joinCellLines(groupLines(cellItems).map((l) => lineText(l.items, false)));
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Page layout

/**
 * What a page holds, top to bottom: lines of running text (with where they start and end, and
 * their font size), rows of a table without rules (cells split at wide gaps), ruled tables (as
 * grids of cell texts), and blanks (paragraph gaps).
 */
export type PageLine =
  | TextLine
  | { readonly kind: "blank" }
  | {
      readonly kind: "table";
      readonly grid: readonly (readonly string[])[];
      readonly xs: readonly number[];
      readonly openTop: boolean;
      readonly openBottom: boolean;
    };

const BLANK: PageLine = { kind: "blank" };

/** The elements of one page, top to bottom (see PageLine). Pure. */
export function layoutPage(items: readonly PdfTextItem[], boxes: readonly PdfBox[] = []): PageLine[] {
  const visible = items.filter((i) => i.str.trim() !== "" && i.size > 0);
  const grids = findGrids(boxes);
  const inGrid = grids.map(() => [] as PdfTextItem[]);
  const free: PdfTextItem[] = [];
  for (const item of visible) {
    const { x, y } = center(item);
    const g = grids.findIndex((grid) => slotIndex(grid.xs, x) >= 0 && slotIndex(grid.ys, y) >= 0);
    if (g >= 0) inGrid[g]!.push(item);
    else free.push(item);
  }

  type Block = { top: number; bottom: number; line: PageLine; size: number };
  const blocks: Block[] = [];
  grids.forEach((grid, g) => {
    if (inGrid[g]!.length === 0) return; // a frame with no text: a drawing
    const { xs, openTop, openBottom } = grid;
    const line: PageLine = { kind: "table", grid: gridTexts(grid, inGrid[g]!), xs, openTop, openBottom };
    blocks.push({ top: grid.ys[0]!, bottom: grid.ys.at(-1)!, line, size: 0 });
  });
  for (const line of groupLines(free)) {
    const text = lineText(line.items, true);
    if (text === "") continue;
    const x0 = line.items[0]!.x;
    const x1 = Math.max(...line.items.map((i) => i.x + i.width));
    const kind = text.includes("\t") ? "row" : "text";
    blocks.push({
      top: line.y - line.size,
      bottom: line.y,
      line: { kind, text, x0, x1, size: line.size },
      size: line.size,
    });
  }
  blocks.sort((a, b) => a.top - b.top);

  // The usual pitch between consecutive text lines of the same size.
  const isText = (b: Block | undefined) => b?.line.kind === "text";
  const pitches: number[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1]!;
    const b = blocks[i]!;
    if (isText(a) && isText(b) && Math.abs(a.size - b.size) < 0.5) pitches.push(b.bottom - a.bottom);
  }
  pitches.sort((a, b) => a - b);
  const pitch = pitches.length >= 3 ? pitches[Math.floor(pitches.length / 2)]! : Number.POSITIVE_INFINITY;

  const out: PageLine[] = [];
  blocks.forEach((block, i) => {
    const prev = blocks[i - 1];
    if (isText(prev) && isText(block) && block.bottom - prev!.bottom > PARAGRAPH_PITCH * pitch)
      out.push(BLANK);
    // A table without rules (rows made by wide gaps) ends with a blank line.
    if (prev?.line.kind === "row" && block.line.kind !== "row") out.push(BLANK);
    out.push(block.line);
  });
  return out;
}

/** A page number alone on a line (`- 3 -`, `第3页 共9页`, `3/9`, `Page 3`): a header or footer. */
const PAGE_NUMBER =
  /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;

/** A page without the page numbers at its top and bottom and without blanks at its ends. */
function trimPage(page: readonly PageLine[]): PageLine[] {
  const lines = [...page];
  const removable = (l: PageLine | undefined) =>
    l !== undefined && (l.kind === "blank" || (l.kind === "text" && PAGE_NUMBER.test(l.text.trim())));
  while (removable(lines[0])) lines.shift();
  while (removable(lines.at(-1))) lines.pop();
  return lines;
}

/** A line of running text, or (`row`) of a table without rules. */
export interface TextLine {
  readonly kind: "text" | "row";
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
}

/**
 * The right end of the running text: the rightmost end that at least three lines reach (within
 * half an em), in a block at least ten ems wide; undefined when no such end is attested.
 */
function rightEdge(lines: readonly TextLine[], left: number): number | undefined {
  const ends = lines.map((l) => [l.x1, l.size] as const).sort((a, b) => b[0] - a[0]);
  for (let i = 0; i + 2 < ends.length; i++) {
    const [x, size] = ends[i]!;
    if (x - ends[i + 2]![0] <= 0.5 * size) return x - left >= 10 * size ? x : undefined;
  }
  return undefined;
}

/** The left end of the running text: the leftmost start that two lines share (within a point). */
function leftEdge(lines: readonly TextLine[]): number | undefined {
  const starts = lines.map((l) => l.x0).sort((a, b) => a - b);
  for (let i = 0; i + 1 < starts.length; i++) if (starts[i + 1]! - starts[i]! <= 1) return starts[i]!;
  return undefined;
}

/** The text block of some lines: its left and right ends, when the lines attest them. */
function textBlock(lines: readonly PageLine[]): { left: number; right: number } | undefined {
  const texts = lines.filter((l): l is TextLine => l.kind === "text");
  const left = leftEdge(texts);
  const right = left === undefined ? undefined : rightEdge(texts, left);
  return left === undefined || right === undefined ? undefined : { left, right };
}

/** Closing punctuation, which never starts a line: it goes down with the character before it. */
const CLOSING = "。，、；：！？）》」』”’%‰";

/**
 * About how wide the start of a line is up to its first break opportunity (a run of characters
 * other than CJK and spaces, such as `2023` or `×100%=99.07%`, or else one character, with the
 * closing punctuation after it): what did not fit on the line before. CJK characters are an em
 * wide, others about half.
 */
function leadWidth(text: string, size: number): number {
  const lead =
    /^(?:[^\s\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]+|.)/u.exec(text)?.[0] ?? "";
  let rest = text.slice(lead.length);
  let width = 0;
  for (const ch of lead) width += CJK.test(ch) ? 1 : 0.55;
  while (rest !== "" && CLOSING.includes(rest[0]!)) {
    width += CJK.test(rest[0]!) ? 1 : 0.55;
    rest = rest.slice(1);
  }
  return width * size;
}

const sameColumns = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3);

/**
 * The text of a document's pages, in the layout of every reader:
 * - a line that fills the text block (the start of the next line would not have fitted after it)
 *   and is followed by a line at the left end (not indented: no new paragraph) only wraps; the
 *   two are joined, on a page and across a page break, so that a paragraph is one line. Lines
 *   are joined without a space, except between two Latin letters;
 * - a table that goes on over a page break is one table: a row cut by the break is joined again;
 * - page numbers alone at the top or bottom of a page are left out; a blank line is never repeated.
 */
export function joinPages(pages: readonly (readonly PageLine[])[]): string {
  const trimmed = pages.map(trimPage);
  // Each page's text block, or the document's for a page with too few lines to tell.
  const whole = textBlock(trimmed.flat());
  const blocks = trimmed.map((page) => textBlock(page) ?? whole);
  type Table = { kind: "table"; grid: string[][]; xs: readonly number[]; openBottom: boolean };
  type Block = TextLine | { kind: "blank" } | Table;

  const out: Block[] = [];
  const lastBlock = () => out.at(-1);
  trimmed.forEach((page, p) => {
    const block = blocks[p];
    page.forEach((line, i) => {
      const prev = lastBlock();
      if (line.kind === "blank") {
        if (prev && prev.kind !== "blank") out.push({ kind: "blank" });
        return;
      }
      if (line.kind === "table") {
        const grid = line.grid.map((r) => [...r]);
        if (i === 0 && prev?.kind === "table" && sameColumns(prev.xs, line.xs)) {
          // The same table on the next page; its first row finishes the row the break cut.
          if (line.openTop && prev.openBottom && grid.length > 0) {
            const last = prev.grid.at(-1)!;
            const first = grid.shift()!;
            last.forEach((cell, c) => {
              last[c] = joinCellLines([cell, first[c] ?? ""].filter((t) => t !== ""));
            });
          }
          prev.grid.push(...grid);
          prev.openBottom = line.openBottom;
          return;
        }
        out.push({ kind: "table", grid, xs: line.xs, openBottom: line.openBottom });
        return;
      }
      if (line.kind === "row") {
        out.push(line);
        return;
      }
      const wraps =
        block !== undefined &&
        prev !== undefined &&
        prev.kind === "text" &&
        block.right - prev.x1 < leadWidth(line.text, line.size) + prev.size &&
        line.x0 <= block.left + 0.5 * line.size &&
        Math.abs(prev.size - line.size) < 1;
      if (wraps) {
        const joined = /[A-Za-z]$/.test(prev.text) && /^[A-Za-z]/.test(line.text) ? " " : "";
        out[out.length - 1] = { ...line, text: prev.text + joined + line.text, x0: prev.x0 };
      } else out.push(line);
    });
  });

  const lines: string[] = [];
  const blank = () => {
    if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  };
  for (const block of out) {
    if (block.kind === "blank") blank();
    else if (block.kind === "table") {
      lines.push(...gridLines(block.grid).map((l) => l.text));
      blank();
    } else lines.push(block.text);
  }
  while (lines.at(-1) === "") lines.pop();
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

// ---------------------------------------------------------------------------------------------
// pdf.js

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type Matrix = readonly [number, number, number, number, number, number];

let pdfjsModule: Promise<PdfJs> | undefined;
/** pdf.js is loaded on the first PDF only: a run without PDFs never pays for it. */
const loadPdfJs = (): Promise<PdfJs> => {
  pdfjsModule ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjsModule;
};

/** The folder of pdfjs-dist, for its CMaps (CJK fonts that are not embedded) and standard fonts. */
function pdfjsDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  } catch {
    return undefined;
  }
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Drawing ops of pdf.js's compact path data (DrawOPS in pdf.js). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/**
 * The painted axis-aligned boxes of a page's operator list, in viewport coordinates: each
 * subpath's bounding box (a thin one is a rule), and for stroked paths each straight axis-aligned
 * segment widened by the line width.
 */
function paintedBoxes(
  pdfjs: PdfJs,
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  viewport: Matrix,
): PdfBox[] {
  const { OPS } = pdfjs;
  const strokes = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill, ...strokes]);
  const boxes: PdfBox[] = [];
  const stack: { ctm: Matrix; lineWidth: number }[] = [];
  let ctm: Matrix = viewport;
  let lineWidth = 1;
  const scale = () => Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])) || 1;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, lineWidth });
    else if (fn === OPS.restore) ({ ctm, lineWidth } = stack.pop() ?? { ctm, lineWidth });
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push({ ctm, lineWidth });
      const m = args[0] as ArrayLike<number> | null;
      if (m && m.length === 6) ctm = multiply(ctm, Array.from(m) as unknown as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, lineWidth } = stack.pop() ?? { ctm, lineWidth });
    else if (fn === OPS.setLineWidth && args) lineWidth = Number(args[0]) || 0;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || !fills.has(paint)) continue;
      const stroked = strokes.has(paint);
      const half = (Math.max(lineWidth, 0.1) * scale()) / 2;
      let sub: [number, number][] = [];
      let cur: [number, number] = [0, 0];
      let start: [number, number] = [0, 0];
      const endSubpath = () => {
        if (sub.length >= 2) {
          const xs = sub.map((p) => p[0]);
          const ys = sub.map((p) => p[1]);
          boxes.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
        }
        sub = [];
      };
      const segment = (a: [number, number], b: [number, number]) => {
        if (!stroked) return;
        if (Math.abs(a[1] - b[1]) < 0.5 || Math.abs(a[0] - b[0]) < 0.5) {
          boxes.push({
            x0: Math.min(a[0], b[0]) - half,
            y0: Math.min(a[1], b[1]) - half,
            x1: Math.max(a[0], b[0]) + half,
            y1: Math.max(a[1], b[1]) + half,
          });
        }
      };
      let k = 0;
      let valid = true;
      while (k < data.length && valid) {
        const op = data[k++];
        if (op === MOVE) {
          if (!stroked) endSubpath();
          cur = start = apply(ctm, data[k]!, data[k + 1]!);
          sub.push(cur);
          k += 2;
        } else if (op === LINE) {
          const p = apply(ctm, data[k]!, data[k + 1]!);
          segment(cur, p);
          cur = p;
          sub.push(p);
          k += 2;
        } else if (op === CURVE) {
          cur = apply(ctm, data[k + 4]!, data[k + 5]!);
          sub.push(cur);
          k += 6;
        } else if (op === QUAD) {
          cur = apply(ctm, data[k + 2]!, data[k + 3]!);
          sub.push(cur);
          k += 4;
        } else if (op === CLOSE) {
          segment(cur, start);
          cur = start;
        } else valid = false;
      }
      if (!stroked) endSubpath();
      sub = [];
    }
  }
  return boxes;
}

/**
 * A page's text items made upright: the page's main text direction (by characters) becomes
 * left-to-right; items in other directions are dropped.
 */
function uprightItems(
  pdfjs: PdfJs,
  items: readonly { str: string; transform: number[]; width: number }[],
  viewport: Matrix,
): { items: PdfTextItem[]; rotation: number } {
  const quarter = Math.PI / 2;
  const placed = items
    .filter((i) => i.str.trim() !== "")
    .map((i) => {
      const m = pdfjs.Util.transform(viewport as unknown as number[], i.transform) as unknown as Matrix;
      const angle = Math.atan2(m[1], m[0]);
      const turns = Math.round(angle / quarter);
      // Skewed text (a diagonal watermark) belongs to no line of the page.
      const skewed = Math.abs(angle - turns * quarter) > 0.1;
      return { str: i.str, m, turns: (turns + 4) % 4, skewed, width: i.width, size: Math.hypot(m[2], m[3]) };
    })
    .filter((p) => !p.skewed);
  const weight = [0, 0, 0, 0];
  for (const p of placed) weight[p.turns]! += p.str.length;
  const rotation = weight.indexOf(Math.max(...weight));
  const [cos, sin] = [Math.round(Math.cos(rotation * quarter)), Math.round(Math.sin(rotation * quarter))];
  const out: PdfTextItem[] = [];
  for (const p of placed) {
    if (p.turns !== rotation) continue;
    const [x, y] = [p.m[4], p.m[5]];
    out.push({ str: p.str, x: x * cos + y * sin, y: -x * sin + y * cos, width: p.width, size: p.size });
  }
  return { items: out, rotation };
}

const rotateBox = (b: PdfBox, rotation: number): PdfBox => {
  if (rotation === 0) return b;
  const theta = (rotation * Math.PI) / 2;
  const [cos, sin] = [Math.round(Math.cos(theta)), Math.round(Math.sin(theta))];
  const pts = [
    [b.x0, b.y0],
    [b.x1, b.y1],
  ].map(([x, y]) => [x! * cos + y! * sin, -x! * sin + y! * cos] as const);
  return {
    x0: Math.min(pts[0]![0], pts[1]![0]),
    y0: Math.min(pts[0]![1], pts[1]![1]),
    x1: Math.max(pts[0]![0], pts[1]![0]),
    y1: Math.max(pts[0]![1], pts[1]![1]),
  };
};

/**
 * The radicals that stand for whole characters in CJK Radicals Supplement, by code point. Fonts
 * share one glyph between 门 and ⻔, 长 and ⻓, and PDF writers (Chromium's among them) then map the
 * glyph back to the radical: the text says ⻔ where the page shows 门.
 */
const RADICALS: Readonly<Record<number, string>> = {
  11905: "厂",
  11916: "小",
  11922: "巳",
  11923: "幺",
  11925: "彐",
  11932: "日",
  11933: "月",
  11935: "母",
  11936: "民",
  11943: "牛",
  11945: "王",
  11948: "示",
  11950: "竹",
  11951: "糸",
  11958: "羊",
  11959: "羊",
  11963: "聿",
  11964: "月",
  11965: "臼",
  11969: "虎",
  11972: "西",
  11973: "见",
  11974: "角",
  11975: "角",
  11977: "贝",
  11979: "车",
  11985: "長",
  11987: "长",
  11988: "门",
  11991: "雨",
  11992: "青",
  11993: "韦",
  11994: "页",
  11995: "风",
  11996: "飞",
  11997: "食",
  12002: "马",
  12003: "骨",
  12004: "鬼",
  12005: "鱼",
  12006: "鸟",
  12007: "卤",
  12008: "麦",
  12009: "黄",
  12010: "黾",
  12012: "齐",
  12014: "齿",
  12016: "龙",
  12019: "龟",
};

/**
 * The characters a page shows for the radicals and compatibility ideographs that PDF text layers
 * often give instead: canonical equivalents by NFC (〈 U+2329 → 〈 U+3008, compatibility
 * ideographs), Kangxi radicals by NFKC (⼯ U+2F2F → 工), the simplified radicals of CJK Radicals
 * Supplement by table (⻔ → 门). Other text is left as is: full-width digits and punctuation stay
 * what they are (the extraction reads them).
 */
export function foldRadicals(text: string): string {
  return text.normalize("NFC").replace(/[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x2f00) return RADICALS[cp] ?? ch;
    return ch.normalize("NFKC");
  });
}

class Timeout extends Error {}

/** Whether extracted text is mostly glyphs without a Unicode mapping (private use, U+FFFD, controls). */
function unmapped(text: string): boolean {
  let all = 0;
  let bad = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    all++;
    if (/[\ue000-\uf8ff\ufffd\u0000-\u001f]/.test(ch)) bad++;
  }
  return all > 0 && bad / all > 0.3;
}

export interface PdfOptions {
  /** Refuse a PDF of more pages (default MAX_PDF_PAGES). */
  maxPages?: number;
  /** Give up after this long (default PDF_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** The text of a PDF file's bytes, page after page. */
export async function readPdf(bytes: Uint8Array, opts: PdfOptions = {}): Promise<Converted> {
  const maxPages = opts.maxPages ?? MAX_PDF_PAGES;
  const timeoutMs = opts.timeoutMs ?? PDF_TIMEOUT_MS;
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return { ok: false, code: "unreadable", detail: `the PDF reader could not be loaded: ${String(error)}` };
  }
  const dir = pdfjsDir();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js may detach the buffer it is given
    ...(dir
      ? {
          cMapUrl: `${join(dir, "cmaps")}/`,
          cMapPacked: true,
          standardFontDataUrl: `${join(dir, "standard_fonts")}/`,
        }
      : {}),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), timeoutMs);
    timer.unref?.();
  });

  const work = async (): Promise<Converted> => {
    const doc = await task.promise;
    if (doc.numPages > maxPages) {
      return {
        ok: false,
        code: "too-large",
        detail: `a PDF file of ${doc.numPages} pages, above the limit of ${maxPages}`,
      };
    }
    const pages: PageLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 }).transform as unknown as Matrix;
      const content = await page.getTextContent();
      const raw = content.items.filter(
        (i): i is (typeof content.items)[number] & { str: string; transform: number[]; width: number } =>
          "str" in i,
      );
      const { items, rotation } = uprightItems(pdfjs, raw, viewport);
      let boxes: PdfBox[] = [];
      if (items.length > 0) {
        const ops = await page.getOperatorList();
        boxes = paintedBoxes(pdfjs, ops.fnArray, ops.argsArray, viewport).map((b) => rotateBox(b, rotation));
      }
      pages.push(layoutPage(items, boxes));
      page.cleanup();
    }
    const text = foldRadicals(joinPages(pages));
    if (!/[\p{L}\p{N}]/u.test(text)) {
      const n = doc.numPages;
      return {
        ok: false,
        code: "no-text-layer",
        detail: `${n} ${n === 1 ? "page" : "pages"} without any text: a scanned or image-only PDF`,
      };
    }
    if (unmapped(text)) {
      return {
        ok: false,
        code: "no-text-layer",
        detail: "its fonts map no characters to Unicode, so the text cannot be read from it",
      };
    }
    return { ok: true, text };
  };

  try {
    return await Promise.race([work(), deadline]);
  } catch (error) {
    if (error instanceof Timeout) {
      return {
        ok: false,
        code: "too-large",
        detail: `reading the PDF took longer than ${Math.round(timeoutMs / 1000)} s`,
      };
    }
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException") {
      return { ok: false, code: "encrypted", detail: "a PDF file that needs a password to open" };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: "corrupt",
      detail: `not a valid PDF file: ${message.split("\n")[0]!.slice(0, 160)}`,
    };
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}
