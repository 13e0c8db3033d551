/**
 * Tables written with tabs, as Word and web pages export them:
 * - `tsv`: one row per line, cells separated by tabs (`部门名称\t广州市…\t单位数:\t3`);
 * - `lines`: one cell per line, each line opening with a tab, a blank line between rows (the
 *   绩效目标表 of seed 000).
 * A blank line or a page marker inside a run of such lines is a gap, not the end of the table.
 */
import { isPageMarker, type Line, makeCell } from "../cells.js";
import type { Cell } from "../model.js";
import { type RawBlock, type RawRow, spanOf } from "./raw.js";

type Kind = "cell" | "tsv" | "gap" | "other";

function kindOf(line: string): Kind {
  // A tab alone is an empty cell of the one-cell-per-line form, not a blank line.
  if (line.startsWith("\t") && line.indexOf("\t", 1) < 0) return "cell";
  if (line.trim() === "" || isPageMarker(line)) return "gap";
  if (!line.includes("\t")) return "other";
  return "tsv";
}

function tsvCells(text: string, line: Line): Cell[] {
  const cells: Cell[] = [];
  let start = line.start;
  for (;;) {
    const tab = text.indexOf("\t", start);
    const end = tab < 0 || tab > line.end ? line.end : tab;
    cells.push(makeCell(text, start, end));
    if (end === line.end) break;
    start = end + 1;
  }
  return cells;
}

/** Blocks of tab-separated lines; `used` marks the lines taken. */
export function readTabBlocks(text: string, lines: readonly Line[], used: boolean[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  const kinds = lines.map((l, i) => (used[i] ? "other" : kindOf(l.text)));
  let i = 0;
  while (i < lines.length) {
    const k = kinds[i];
    if (k !== "cell" && k !== "tsv") {
      i++;
      continue;
    }
    // The run: lines of kind k, with gaps, as long as the next non-gap line is of kind k.
    let j = i;
    let last = i;
    while (j < lines.length) {
      if (kinds[j] === k) last = j;
      else if (kinds[j] !== "gap") break;
      j++;
    }
    const block = k === "tsv" ? tsvBlock(text, lines, i, last) : cellBlock(text, lines, i, last);
    for (let x = i; x <= last; x++) used[x] = true;
    if (block.rows.length >= 2) blocks.push(block);
    i = last + 1;
  }
  return blocks;
}

function tsvBlock(text: string, lines: readonly Line[], from: number, to: number): RawBlock {
  const rows: RawRow[] = [];
  let gap = false;
  for (let i = from; i <= to; i++) {
    const line = lines[i]!;
    if (kindOf(line.text) === "gap") {
      gap = true;
      continue;
    }
    const cells = tsvCells(text, line);
    rows.push({ cells, span: spanOf(cells, line), breakBefore: gap });
    gap = false;
  }
  return { layout: "tsv", region: lines[from]!.start, rows, blanksContinue: true };
}

function cellBlock(text: string, lines: readonly Line[], from: number, to: number): RawBlock {
  const rows: RawRow[] = [];
  let cells: Cell[] = [];
  // Between two rows one blank line is the separator; more, or a page marker, is a break.
  let blanks = 0;
  let marker = false;
  let rowBreak = false;
  const flush = () => {
    if (cells.length) rows.push({ cells, span: spanOf(cells, cells[0]!.span), breakBefore: rowBreak });
    cells = [];
  };
  for (let i = from; i <= to; i++) {
    const line = lines[i]!;
    if (kindOf(line.text) === "gap") {
      flush();
      blanks++;
      if (isPageMarker(line.text)) marker = true;
      continue;
    }
    if (cells.length === 0) {
      rowBreak = rows.length > 0 && (blanks > 1 || marker);
      blanks = 0;
      marker = false;
    }
    cells.push(makeCell(text, line.start + 1, line.end));
  }
  flush();
  return { layout: "lines", region: lines[from]!.start, rows, blanksContinue: false };
}
