/**
 * From the rows a layout reader found to tables: the header rows (cells in words only, at the top),
 * the columns with their merged titles (`部门预算` over `基本支出`, `项目支出`), a new table where a
 * second header starts, repeated headers after a page break dropped, every data row aligned to the
 * columns, and the units the caption, the header or a title declares.
 */

import type { Span } from "../types.js";
import { alignCells, cellFit } from "./align.js";
import type { Line } from "./cells.js";
import {
  declaredUnit,
  isTitleText,
  NUMERIC_ROLES,
  roleOf,
  SECTION,
  titleUnit,
  WORD_ROLES,
} from "./columns.js";
import type { RawBlock, RawRow } from "./layouts/raw.js";
import type { Cell, Column, ColumnRole, Row, Table } from "./model.js";

const MAX_HEADER_ROWS = 4;
const MAX_TITLE = 30;

function nonEmpty(r: RawRow): Cell[] {
  return r.cells.filter((c) => c.kind !== "empty");
}

/** Words only, short, at least two of them. */
function headerLike(r: RawRow): boolean {
  const cells = nonEmpty(r);
  if (cells.length < 2) return false;
  return cells.every((c) => c.kind === "text" && c.text.length <= MAX_TITLE);
}

/** A header row: words only, at least two of them column titles, and titles for half of them. */
function titleRow(r: RawRow): boolean {
  if (!headerLike(r)) return false;
  const cells = nonEmpty(r);
  const titles = cells.filter((c) => isTitleText(c.text)).length;
  return titles >= 2 && titles * 2 >= cells.length;
}

const texts = (r: RawRow) =>
  nonEmpty(r)
    .map((c) => c.text)
    .join("|");

/**
 * A section title opening a header row names the table, it is not a column:
 * `绩效指标(90分) | 一级指标 | 二级指标 …`.
 */
function sectionOf(r: RawRow): { caption: Cell; row: RawRow } | null {
  const first = r.cells[0];
  if (!first || !SECTION.test(first.text) || nonEmpty(r).length < 4 || r.cells.some((c) => c.col >= 0))
    return null;
  const row = { ...r, cells: r.cells.slice(1) };
  return titleRow(row) ? { caption: first, row } : null;
}

interface Part {
  header: RawRow[];
  data: RawRow[];
  section: Cell | null;
}

/**
 * Splits a block's rows into tables. A table's header is the run of title rows just above its
 * first rows; a title row after data opens the next table, and rows before a header (a form:
 * 项目名称 | …) stay a table of their own.
 */
function split(rows: readonly RawRow[]): Part[] {
  const out: Part[] = [];
  let cur: Part = { header: [], data: [], section: null };
  const close = () => {
    if (cur.header.length || cur.data.length) out.push(cur);
    cur = { header: [], data: [], section: null };
  };
  let pendingBreak = false;
  for (const raw of rows) {
    const sec = sectionOf(raw);
    const r = sec ? sec.row : raw;
    const isTitle = r.header === true || titleRow(r);
    if (cur.header.length && cur.data.length === 0 && isTitle && cur.header.length < MAX_HEADER_ROWS) {
      cur.header.push(r); // the next row of a multi-row header
      continue;
    }
    if (cur.header.length && texts(r) === texts(cur.header[0]!)) {
      pendingBreak = true; // a header repeated after a page break
      continue;
    }
    if (isTitle) {
      close();
      pendingBreak = false;
      cur.header.push(r);
      cur.section = sec?.caption ?? null;
      continue;
    }
    cur.data.push(pendingBreak ? { ...r, breakBefore: true } : r);
    pendingBreak = false;
  }
  close();
  return out;
}

function width(r: RawRow, placed: boolean): number {
  if (!placed) return r.cells.length;
  return Math.max(0, ...r.cells.map((c) => c.col + c.colspan));
}

/** Header cells placed on the grid: identity (or the HTML placement). */
function placeHeader(r: RawRow, placed: boolean): Cell[] {
  return placed ? [...r.cells] : r.cells.map((c, k) => ({ ...c, col: k }));
}

/** Titles per column for each header row, merged cells continued to the right within their parent. */
function titleGrid(header: readonly RawRow[], n: number, block: RawBlock): string[][] {
  const grid: string[][] = [];
  let parent: number[] = new Array<number>(n).fill(0);
  for (const r of header) {
    const cells = placeHeader(r, block.placed === true);
    const titles = new Array<string>(n).fill("");
    const owner = new Array<number>(n).fill(-1);
    for (const c of cells)
      for (let k = c.col; k < Math.min(n, c.col + c.colspan); k++) {
        titles[k] = c.text;
        owner[k] = c.text ? c.col : -1;
      }
    if (block.blanksContinue) {
      for (let k = 1; k < n; k++) {
        if (titles[k] === "" && owner[k - 1]! >= 0 && parent[k] === parent[k - 1]) {
          titles[k] = titles[k - 1]!;
          owner[k] = owner[k - 1]!;
        }
      }
    }
    grid.push(titles);
    parent = owner.map((o, k) => (o >= 0 ? o * 1000 + parent[k]! : parent[k]!));
  }
  return grid;
}

/** A score sheet's header names a weight column after each 级指标 title: `二级指标 | (分值)`. */
function levelWeights(grid: readonly string[][], header: readonly RawRow[], n: number): Set<number> {
  const out = new Set<number>();
  const last = header[header.length - 1];
  if (!last || !grid.some((row) => row.some((t) => /分值|权重/.test(t)))) return out;
  const cells = last.cells;
  for (let k = 1; k < Math.min(n, cells.length); k++)
    if (cells[k]!.kind === "empty" && /[一二三四五]级指标$/.test(cells[k - 1]!.text)) out.add(k);
  return out;
}

function columnsOf(header: readonly RawRow[], n: number, block: RawBlock): Column[] {
  const grid = titleGrid(header, n, block);
  const weights = levelWeights(grid, header, n);
  const cols: Column[] = [];
  for (let k = 0; k < n; k++) {
    const path: string[] = [];
    for (const row of grid) {
      const t = row[k]!;
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    if (weights.has(k)) path.push("分值");
    const title = path[path.length - 1] ?? "";
    let unit = null;
    for (const p of path) unit = titleUnit(p) ?? unit;
    cols.push({ index: k, path, title, role: weights.has(k) ? "weight" : roleOf(title), unit });
  }
  return cols;
}

/**
 * A header read from a stream may lack the column of row names: values fill every titled column
 * in some rows (017: `65.66 65.07 10 99% 9` under five titles) while other rows open with words.
 */
function lacksLabelColumn(header: readonly RawRow[], data: readonly RawRow[], n: number): boolean {
  if (header.length === 0) return false;
  const first = header[header.length - 1]!.cells[0];
  if (!first || roleOf(first.text) === "label") return false;
  const full = data.some((r) => r.cells[0]?.kind !== "text" && r.cells.length >= n);
  const named = data.some((r) => r.cells[0]?.kind === "text");
  return full && named;
}

/** Titles of columns that hold words whatever sits under them when rows are misaligned. */
const FIXED_WORDS = /度量单位|计量单位|指标性质|[一二三]级指标/;

/** Roles checked against what the data rows hold under each column (identity placement). */
function refineRoles(cols: Column[], data: readonly RawRow[], block: RawBlock): Column[] {
  // Rows no longer than the header: their cells sit where they were written.
  const exact = data.filter((r) => block.placed || r.cells.length <= cols.length);
  return cols.map((c) => {
    let words = 0;
    let numbers = 0;
    for (const r of exact) {
      const cell = block.placed ? r.cells.find((x) => x.col === c.index) : r.cells[c.index];
      if (!cell) continue;
      if (cell.kind === "text") words++;
      else if (cell.kind === "number" || cell.kind === "percent") numbers++;
    }
    const total = words + numbers;
    let role: ColumnRole = c.role;
    if (c.index === 0 && words > 0 && words >= numbers && role !== "seq") role = "label";
    else if (
      NUMERIC_ROLES.has(role) &&
      total > 0 &&
      words >= 0.6 * total &&
      role !== "weight" &&
      role !== "score"
    )
      role = c.index <= 1 ? "label" : "text";
    else if (
      (role === "text" || role === "label") &&
      !FIXED_WORDS.test(c.title) &&
      total > 0 &&
      numbers >= 0.6 * total
    )
      role = "amount";
    return role === c.role ? c : { ...c, role };
  });
}

/**
 * Where a form's weight and score columns stand at the end of its quantities, with at most a rate
 * between them, a row's tail is pinned there whatever merged or empty cells its start has lost:
 * - an indicator table (`… | 指标值 | 完成值 | 分值 | 得分 | 原因`): the row's last two numbers are
 *   its weight and score;
 * - a funds table (`年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`): its last three
 *   values are weight, rate and score.
 * Only the cells before them are aligned by content, from the right: what a form leaves blank and
 * extraction drops is its leading cells (a merged 一级指标, an empty 年初预算数).
 */
function anchorScoreTail(r: RawRow, cols: readonly Column[]): Cell[] | null {
  const w = cols.findIndex((c) => c.role === "weight");
  const rate = cols[w + 1]?.role === "rate";
  const s = w + (rate ? 2 : 1);
  if (w < 1 || cols[s]?.role !== "score") return null;
  const allowed: ReadonlySet<ColumnRole> = rate
    ? new Set(["label", "initial", "budget", "spent", "allocated"])
    : new Set(["label", "text", "mixed"]);
  if (!cols.slice(0, w).every((c) => allowed.has(c.role))) return null;
  if (!cols.slice(s + 1).every((c) => WORD_ROLES.has(c.role))) return null;
  let k = r.cells.length - 1;
  while (k >= 0 && (r.cells[k]!.kind === "text" || r.cells[k]!.kind === "empty")) k--;
  const trailing = r.cells.length - 1 - k;
  const width = s - w + 1;
  if (k < width - 1 || trailing > cols.length - 1 - s) return null;
  const tail = r.cells.slice(k - width + 1, k + 1);
  if (tail[0]!.kind !== "number" || tail[width - 1]!.kind !== "number") return null;
  if (rate && tail[1]!.kind !== "percent") return null;
  const head = r.cells.slice(0, k - width + 1);
  const at = alignCells(
    head.map((c) => c.kind).reverse(),
    cols
      .slice(0, w)
      .map((c) => c.role)
      .reverse(),
  ).reverse();
  return [
    ...head.map((c, i) => ({ ...c, col: at[i]! < 0 ? -1 : w - 1 - at[i]! })),
    ...tail.map((c, i) => ({ ...c, col: w + i })),
    ...r.cells.slice(k + 1).map((c, i) => ({ ...c, col: s + 1 + i })),
  ];
}

/**
 * Cells placed in columns: identity when it fits, else aligned by content. `named`: the table's
 * first column was added for the row names its header lacked.
 */
function placeRow(
  r: RawRow,
  cols: readonly Column[],
  placed: boolean,
  named: boolean,
  above: readonly number[] | null,
): { cells: Cell[]; realigned: boolean; amounts: number[] | null } {
  if (placed) return { cells: [...r.cells], realigned: false, amounts: null };
  const anchored = anchorScoreTail(r, cols);
  if (anchored) {
    const w = cols.findIndex((c) => c.role === "weight");
    const amounts = anchored
      .filter((c) => c.kind === "number" && c.col >= 0 && c.col < w && NUMERIC_ROLES.has(cols[c.col]!.role))
      .map((c) => c.col);
    return { cells: anchored, realigned: false, amounts };
  }
  const same = sameAsAbove(r, above);
  if (same) return { cells: same, realigned: false, amounts: null };
  return { ...placeByContent(r, cols, named), amounts: null };
}

/**
 * A short row under a pinned one (`其中:当年财政拨款 | 498000 | 478000 | —` under `年度资金总额 | … |
 * 10 | 96% | 9.6`) lost the same blank cells: its amounts go where the row above put its own.
 */
function sameAsAbove(r: RawRow, above: readonly number[] | null): Cell[] | null {
  if (!above || above.length === 0) return null;
  const first = r.cells[0]?.kind === "text" ? 1 : 0;
  const amounts = r.cells.slice(first, first + above.length);
  if (amounts.length !== above.length || amounts.some((c) => c.kind !== "number" && c.kind !== "dash"))
    return null;
  if (!amounts.some((c) => c.kind === "number")) return null;
  if (r.cells.slice(first + above.length).some((c) => c.kind === "number" || c.kind === "percent"))
    return null;
  const last = above[above.length - 1]!;
  return r.cells.map((c, k) => {
    if (k < first) return { ...c, col: 0 };
    if (k < first + above.length) return { ...c, col: above[k - first]! };
    return { ...c, col: last + 1 + (k - first - above.length) };
  });
}

function placeByContent(
  r: RawRow,
  cols: readonly Column[],
  named: boolean,
): { cells: Cell[]; realigned: boolean } {
  const roles = cols.map((c) => c.role);
  // An unnamed row under such a header: its values fill the titled columns.
  if (named && r.cells[0]?.kind !== "text" && r.cells.length === cols.length - 1)
    return { cells: r.cells.map((c, k) => ({ ...c, col: k + 1 })), realigned: false };
  const identity = r.cells.length <= roles.length && r.cells.every((c, k) => cellFit(c.kind, roles[k]!) >= 0);
  if (identity) return { cells: r.cells.map((c, k) => ({ ...c, col: k })), realigned: false };
  const at = alignCells(
    r.cells.map((c) => c.kind),
    roles,
  );
  return { cells: r.cells.map((c, k) => ({ ...c, col: at[k]! })), realigned: true };
}

/** The caption: the nearest short line above the table (skipping blank lines). */
function captionAbove(
  lines: readonly Line[],
  start: number,
): { caption: string | null; span: Span | null; lines: string[] } {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end < start) lo = mid + 1;
    else hi = mid;
  }
  let idx = (lo < lines.length ? lo : -1) - 1; // binary search: once per table, linear overall
  const seen: string[] = [];
  let caption: string | null = null;
  let span: Span | null = null;
  while (idx >= 0 && seen.length < 3) {
    const line = lines[idx]!;
    idx--;
    const t = line.text.trim();
    if (t === "") continue;
    seen.push(t);
    if (caption === null && t.length <= 60 && !/[。；;]$/.test(t) && !/[\t|]/.test(line.text)) {
      caption = t;
      const at = line.start + line.text.indexOf(t);
      span = { start: at, end: at + t.length };
    }
  }
  return { caption, span, lines: seen };
}

export function assemble(block: RawBlock, lines: readonly Line[]): Omit<Table, "block">[] {
  const out: Omit<Table, "block">[] = [];
  const placed = block.placed === true;
  for (const part of split(block.rows)) {
    const all = [...part.header, ...part.data];
    if (all.length === 0) continue;
    const n = Math.max(
      1,
      ...part.header.map((r) => width(r, placed)),
      ...part.data.map((r) => width(r, placed)),
    );
    const shift = !placed && lacksLabelColumn(part.header, part.data, n) ? 1 : 0;
    let cols = columnsOf(part.header, n, block);
    if (shift)
      cols = [
        { index: 0, path: [], title: "", role: "label", unit: null },
        ...cols.map((c) => ({ ...c, index: c.index + 1 })),
      ];
    cols = refineRoles(cols, part.data, block);
    let pinned: number[] | null = null;
    const rows: Row[] = part.data.map((r, index) => {
      const p = placeRow(r, cols, placed, shift === 1, pinned);
      pinned = p.amounts ?? (p.realigned ? null : pinned);
      return { cells: p.cells, span: r.span, index, breakBefore: r.breakBefore, realigned: p.realigned };
    });
    const header: Row[] = part.header.map((r, index) => ({
      cells: placeHeader(r, placed).map((c) => ({ ...c, col: c.col + shift })),
      span: r.span,
      index,
      breakBefore: false,
      realigned: false,
    }));
    const start = all[0]!.span.start;
    const end = all[all.length - 1]!.span.end;
    const above = captionAbove(lines, start);
    const caption = part.section?.text ?? above.caption;
    const captionSpan = part.section?.span ?? above.span;
    let unit = null;
    for (const l of above.lines) unit = unit ?? declaredUnit(l);
    for (const r of part.header) for (const c of r.cells) unit = unit ?? declaredUnit(c.text) ?? null;
    out.push({
      layout: block.layout,
      span: { start, end },
      caption,
      captionSpan,
      unit,
      columns: cols,
      header,
      rows,
    });
  }
  return out;
}
