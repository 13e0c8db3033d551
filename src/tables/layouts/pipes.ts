/**
 * Tables written with vertical bars: Markdown rows (`| a | b |`, `a | b |`, a `|---|` separator
 * under the header) and the one-cell-per-line form that converters leave (`238.93 |`), whose rows
 * are recovered from the cells' content (see stream.ts).
 */
import { isPageMarker, type Line, makeCell } from "../cells.js";
import type { Cell } from "../model.js";
import { type RawBlock, type RawRow, spanOf } from "./raw.js";
import { headerRun, segmentStream } from "./stream.js";

type Kind = "row" | "cell" | "sep" | "gap" | "other";

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function kindOf(line: string): Kind {
  const t = line.trim();
  if (t === "" || isPageMarker(t)) return "gap";
  if (SEPARATOR.test(t)) return "sep";
  const bars = t.split("|").length - 1;
  if (bars === 0) return "other";
  if (bars === 1 && t.endsWith("|")) return "cell";
  if (bars >= 2 || t.startsWith("|")) return "row";
  return "other";
}

/** The cells of a `| a | b |` line, without the empty pieces outside the outer bars. */
function rowCells(text: string, line: Line): Cell[] {
  const cuts: number[] = [line.start - 1];
  for (let k = line.start; k < line.end; k++) if (text[k] === "|") cuts.push(k);
  cuts.push(line.end);
  const cells: Cell[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) cells.push(makeCell(text, cuts[k]! + 1, cuts[k + 1]!));
  if (
    cells.length > 1 &&
    cells[0]!.kind === "empty" &&
    text.slice(line.start, line.end).trim().startsWith("|")
  )
    cells.shift();
  while (cells.length > 1 && cells[cells.length - 1]!.kind === "empty") cells.pop();
  return cells;
}

export function readPipeBlocks(text: string, lines: readonly Line[], used: boolean[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  const kinds = lines.map((l, i) => (used[i] ? "other" : kindOf(l.text)));
  const pipe = (k: Kind | undefined) => k === "row" || k === "cell" || k === "sep";
  let i = 0;
  while (i < lines.length) {
    if (!pipe(kinds[i])) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j < lines.length) {
      if (pipe(kinds[j])) last = j;
      else if (kinds[j] !== "gap") break;
      j++;
    }
    const range = lines.slice(i, last + 1);
    const ks = kinds.slice(i, last + 1);
    for (let x = i; x <= last; x++) used[x] = true;
    const cellLines = ks.filter((k) => k === "cell").length;
    const pipeLines = ks.filter((k) => pipe(k)).length;
    const cells = () =>
      range.filter((_, x) => ks[x] === "cell" || ks[x] === "row").flatMap((l) => rowCells(text, l));
    if (cellLines >= 0.6 * pipeLines) {
      blocks.push(...segmentStream(cells(), "pipe-cells", lines[i]!.start));
    } else if (ragged(text, range, ks)) {
      const all = cells().filter((c) => c.kind !== "empty");
      blocks.push(...segmentStream(all, "pipe-cells", lines[i]!.start));
    } else {
      const block = rowsBlock(text, range, ks);
      if (block.rows.length >= 2) blocks.push(block);
    }
    i = last + 1;
  }
  return blocks;
}

/**
 * Rows whose bars do not follow the table's rows — a PDF form converted line by line, where a row
 * holds the end of one table row, a header and the start of the next: a header run starts in the
 * middle of a row, after values. Such a block is read as a stream of cells.
 */
function ragged(text: string, range: readonly Line[], ks: readonly Kind[]): boolean {
  return range.some((l, x) => {
    if (ks[x] !== "row") return false;
    const cells = rowCells(text, l).filter((c) => c.kind !== "empty");
    for (let k = 1; k < cells.length; k++)
      if (cells.slice(0, k).some((c) => c.kind !== "text") && headerRun(cells, k) > 0) return true;
    return false;
  });
}

function rowsBlock(text: string, range: readonly Line[], ks: readonly Kind[]): RawBlock {
  const rows: RawRow[] = [];
  let gap = false;
  for (let x = 0; x < range.length; x++) {
    const k = ks[x];
    if (k === "gap") {
      gap = true;
      continue;
    }
    if (k === "sep") {
      // The row above a Markdown separator is the header.
      const prev = rows.pop();
      if (prev) rows.push({ ...prev, header: true });
      continue;
    }
    const cells = rowCells(text, range[x]!);
    rows.push({ cells, span: spanOf(cells, range[x]!), breakBefore: gap });
    gap = false;
  }
  return { layout: "pipe", region: range[0]?.start ?? 0, rows, blanksContinue: false };
}
