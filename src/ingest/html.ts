/**
 * HTML → plain text in the layout that text-based table recovery reads (src/tables):
 * - every block (`<p>`, `<div>`, `<h1>`, `<li>`, …) is a line; `<br>` breaks a line; an empty
 *   paragraph is a blank line; whitespace collapses as a browser collapses it;
 * - a table is one line per row, its cells separated by TABs, then a blank line. Cells are placed
 *   on the grid that `colspan`/`rowspan` define, the slots a merged cell covers left empty (a
 *   figure is never repeated); the paragraphs of a cell are joined with spaces;
 * - a table that holds another table is a page-layout table: its cells are read as blocks, and
 *   the tables inside it as tables;
 * - `<script>`, `<style>`, `<head>`, `<template>`, `<noscript>`, `<svg>` and comments are dropped;
 *   character references are decoded.
 * Pure and synchronous. Parsing is htmlparser2's tolerant tokenizer (unclosed `<p>`/`<td>`/`<tr>`,
 * stray end tags and unquoted attributes as browsers accept them); the tree is built here, with a
 * depth cap so that a hostile nesting cannot overflow the stack.
 */
import { Parser } from "htmlparser2";

interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
}
type Node = Element | string;

/** Elements whose content is never text of the report. */
const DROPPED = new Set([
  "script",
  "style",
  "head",
  "title",
  "template",
  "noscript",
  "svg",
  "math",
  "iframe",
  "object",
  "select",
  "button",
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "ul",
]);

/** Elements whose emptiness is meaningful: an empty one is a blank line (Word's empty paragraphs). */
const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** Deeper elements are flattened into their ancestor at this depth. */
const MAX_DEPTH = 200;
/** A `colspan`/`rowspan` above these is a mistake or an attack; it is clamped. */
const MAX_COLSPAN = 100;
const MAX_ROWSPAN = 1000;

/** HTML collapses runs of ASCII whitespace (not U+3000, which is a character of the text). */
const SPACES = /[ \t\n\r\f]+/g;

/** Parses HTML into a small tree; never throws. */
function parse(html: string): Element {
  const root: Element = { tag: "#root", attrs: {}, children: [] };
  const stack: Element[] = [root];
  let dropped = 0; // depth inside dropped elements
  let flattened = 0; // elements opened beyond MAX_DEPTH
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (dropped > 0 || DROPPED.has(name)) {
          dropped++;
          return;
        }
        if (stack.length >= MAX_DEPTH) {
          flattened++;
          // A block still parts its text from the text around it, even when its element is not kept.
          if (BLOCKS.has(name) || name === "br" || name === "tr" || name === "table") {
            stack.at(-1)!.children.push("\n");
          }
          return;
        }
        const el: Element = { tag: name, attrs, children: [] };
        stack.at(-1)!.children.push(el);
        stack.push(el);
      },
      ontext(text) {
        if (dropped === 0) stack.at(-1)!.children.push(text);
      },
      onclosetag() {
        if (dropped > 0) dropped--;
        else if (flattened > 0) flattened--;
        else if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/** Collapsed, trimmed text for one line or one cell: NBSP is a space; tabs and breaks are spaces. */
function clean(s: string): string {
  return s
    .replace(/\u00a0/g, " ")
    .replace(SPACES, " ")
    .trim();
}

/** A grid of cells as text lines: cells joined with TABs, and each cell's offsets within its line. */
export interface GridLine {
  /** The index of the row in the grid. */
  readonly row: number;
  readonly text: string;
  /** For each cell of the row that is not empty: its column in the grid and its offsets in `text`. */
  readonly cells: readonly { readonly col: number; readonly start: number; readonly end: number }[];
}

/**
 * Lays out a table grid (rows of cell texts, "" for an empty or covered slot) as TSV lines.
 * Rows with no text are dropped, or with `keepEmptyRows` become one blank line (never two in a
 * row). A row with one non-empty cell above the first or below the last row of several cells (a
 * title, a unit line, a note) is written without its empty cells, so that it reads as a caption or
 * a note rather than as a row; inside the table every row keeps its full width, so a section row
 * (`一、基本支出`) does not split the table.
 */
export function gridLines(
  grid: readonly (readonly string[])[],
  opts: { keepEmptyRows?: boolean } = {},
): GridLine[] {
  const rows = grid.map((row) => row.map((c) => c.replace(/[\t\r\n]+/g, " ")));
  const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== "").length;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const first = rows.findIndex((r) => filled(r) > 1);
  let last = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (filled(rows[i]!) > 1) {
      last = i;
      break;
    }
  }
  const out: GridLine[] = [];
  rows.forEach((row, i) => {
    if (filled(row) === 0) {
      if (opts.keepEmptyRows && out.length > 0 && out.at(-1)!.text !== "")
        out.push({ row: i, text: "", cells: [] });
      return;
    }
    const narrow = first < 0 || i < first || i > last;
    const cols = narrow ? row.length : width;
    let text = "";
    const cells: { col: number; start: number; end: number }[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = row[c] ?? "";
      if (narrow && cell.trim() === "") continue;
      if (text !== "" || (!narrow && c > 0)) text += "\t";
      if (cell !== "") cells.push({ col: c, start: text.length, end: text.length + cell.length });
      text += cell;
    }
    out.push({ row: i, text, cells });
  });
  while (out.at(-1)?.text === "") out.pop();
  return out;
}

const containsTableCache = new WeakMap<Element, boolean>();
function containsTable(el: Element): boolean {
  const known = containsTableCache.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (const child of el.children) {
    if (typeof child !== "string" && (child.tag === "table" || containsTable(child))) {
      found = true;
      break;
    }
  }
  containsTableCache.set(el, found);
  return found;
}

/** The text of a table cell, on one line: blocks and `<br>` become spaces. */
function cellText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (typeof node === "string") {
      parts.push(node);
      return;
    }
    if (node.tag === "br" || BLOCKS.has(node.tag)) parts.push(" ");
    for (const child of node.children) visit(child);
    if (BLOCKS.has(node.tag)) parts.push(" ");
  };
  for (const child of el.children) visit(child);
  return clean(parts.join(""));
}

const span = (value: string | undefined, max: number): number => {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
};

/** Parts of a table that hold rows. */
const ROW_GROUPS = new Set(["thead", "tbody", "tfoot"]);

/** Text in a table outside its rows and caption ("foster-parented" by browsers: shown before the table). */
function strayText(table: Element): string[] {
  const out: string[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (typeof child === "string") {
        if (clean(child) !== "") out.push(clean(child));
      } else if (ROW_GROUPS.has(child.tag) || tableRows(child).length > 0) visit(child);
      else if (
        child.tag !== "tr" &&
        child.tag !== "caption" &&
        child.tag !== "colgroup" &&
        child.tag !== "col"
      ) {
        const text = cellText(child);
        if (text !== "") out.push(text);
      }
    }
  };
  visit(table);
  return out;
}

/** The rows of a table (in `<thead>`, `<tbody>`, `<tfoot>` or directly), not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (typeof child === "string") continue;
      if (child.tag === "tr") rows.push(child);
      else if (child.tag !== "table") visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A table without nested tables, on the grid its spans define. */
function tableGrid(table: Element): string[][] {
  const grid: string[][] = [];
  const taken: boolean[][] = [];
  tableRows(table).forEach((tr, r) => {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const td of tr.children) {
      const isCell = typeof td !== "string" && (td.tag === "td" || td.tag === "th");
      // Text or markup straight in a row (malformed, or flattened by the depth cap) is a cell too.
      const text = isCell ? cellText(td) : typeof td === "string" ? clean(td) : cellText(td);
      if (!isCell && text === "") continue;
      while (taken[r]![c]) c++;
      const colspan = isCell ? span(td.attrs.colspan, MAX_COLSPAN) : 1;
      const rowspan = isCell ? span(td.attrs.rowspan, MAX_ROWSPAN) : 1;
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        taken[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) {
          taken[r + dr]![c + dc] = true;
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? text : "";
        }
      }
      c += colspan;
    }
  });
  // Fill the holes of ragged rows.
  return grid.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? ""));
}

/** Collects lines: inline text accumulates until a block ends the line. */
class Lines {
  readonly lines: string[] = [];
  private current = "";
  private pre = 0;

  text(s: string): void {
    this.current += this.pre > 0 ? s : s.replace(SPACES, " ");
  }

  /** Ends the current line, if it holds any text. */
  break(): void {
    if (this.pre > 0) {
      for (const line of this.current.split(/\r?\n/)) this.lines.push(line.replace(/\u00a0/g, " ").trimEnd());
    } else {
      const line = clean(this.current);
      if (line !== "") this.lines.push(line);
    }
    this.current = "";
  }

  /** Ends the line and adds a blank line (never two in a row). */
  blank(): void {
    this.break();
    if (this.lines.length > 0 && this.lines.at(-1) !== "") this.lines.push("");
  }

  hasText(): boolean {
    return this.current.trim() !== "";
  }

  enterPre(): void {
    this.break();
    this.pre++;
  }

  leavePre(): void {
    this.break();
    this.pre--;
  }

  result(): string {
    this.break();
    const out: string[] = [];
    for (const line of this.lines) {
      if (line === "" && (out.length === 0 || out.at(-1) === "")) continue;
      out.push(line);
    }
    while (out.at(-1) === "") out.pop();
    return out.length > 0 ? `${out.join("\n")}\n` : "";
  }
}

function render(node: Node, out: Lines): void {
  if (typeof node === "string") {
    out.text(node);
    return;
  }
  const { tag } = node;
  if (tag === "br") {
    if (out.hasText()) out.break();
    else out.lines.push("");
    return;
  }
  if (tag === "table" && !containsTable(node)) {
    out.break();
    out.lines.push(...strayText(node));
    for (const child of node.children) {
      if (typeof child !== "string" && child.tag === "caption") {
        const caption = cellText(child);
        if (caption !== "") out.lines.push(caption);
      }
    }
    for (const line of gridLines(tableGrid(node))) out.lines.push(line.text);
    out.blank();
    return;
  }
  if (tag === "td" || tag === "th" || tag === "tr" || tag === "table") {
    // A page-layout table: its cells are blocks.
    out.break();
    for (const child of node.children) render(child, out);
    out.break();
    return;
  }
  if (tag === "pre") {
    out.enterPre();
    for (const child of node.children) render(child, out);
    out.leavePre();
    return;
  }
  if (BLOCKS.has(tag)) {
    out.break();
    const before = out.lines.length;
    for (const child of node.children) render(child, out);
    const empty = !out.hasText() && out.lines.length === before;
    out.break();
    if (empty && PARAGRAPHS.has(tag)) out.lines.push("");
    return;
  }
  for (const child of node.children) render(child, out);
}

/**
 * The text of an HTML document or fragment: blocks as lines, tables as TAB-separated rows
 * followed by a blank line. Lines end with `\n`; no line has leading or trailing spaces (except
 * inside `<pre>`); there is never more than one blank line in a row.
 */
export function htmlToText(html: string): string {
  const out = new Lines();
  render(parse(html), out);
  return out.result();
}
