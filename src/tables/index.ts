/**
 * Table recovery (issue 4): the tables a report's text holds, whatever way extraction flattened
 * them — tab-separated rows, one cell per line, Markdown pipes, one cell per `… |` line, a whole
 * table run together on one line, HTML. A block that only looks like a table, or whose rows could
 * not be placed with confidence, yields no table.
 * Pure: text in, tables out; the same text gives the same tables.
 */
import { assemble } from "./assemble.js";
import { makeCell, splitLines } from "./cells.js";
import { readHtmlTables } from "./layouts/html.js";
import { readPipeBlocks } from "./layouts/pipes.js";
import type { RawBlock } from "./layouts/raw.js";
import { segmentStream } from "./layouts/stream.js";
import { readTabBlocks } from "./layouts/tabs.js";
import type { Table } from "./model.js";
import { doubtful } from "./unread.js";

export type { Cell, CellKind, Column, ColumnRole, Layout, Row, Table } from "./model.js";
export { type UnreadBlock, unreadBlocks } from "./unread.js";

/** A line at least this long, with no tab or bar, may be a table run together. */
const FLAT_MIN = 40;

function flatCells(text: string, start: number, end: number) {
  const cells = [];
  const re = /\S+/g;
  const line = text.slice(start, end);
  for (let m = re.exec(line); m; m = re.exec(line))
    cells.push(makeCell(text, start + m.index, start + m.index + m[0].length));
  return cells;
}

/** The tables of `text` (the normalised text of src/extract: same offsets as the original). */
export function recoverTables(text: string): Table[] {
  const lines = splitLines(text);
  const used = new Array<boolean>(lines.length).fill(false);
  const blocks: RawBlock[] = [];
  for (const h of readHtmlTables(text)) {
    blocks.push(h.block);
    lines.forEach((l, i) => {
      if (l.end >= h.start && l.start <= h.end) used[i] = true;
    });
  }
  blocks.push(...readTabBlocks(text, lines, used));
  blocks.push(...readPipeBlocks(text, lines, used));
  lines.forEach((l, i) => {
    if (used[i] || l.text.length < FLAT_MIN || /[\t|]/.test(l.text)) return;
    const found = segmentStream(flatCells(text, l.start, l.end), "flat", l.start);
    if (found.length) used[i] = true;
    blocks.push(...found);
  });
  const tables = blocks.flatMap((b) => assemble(b, lines).map((t) => ({ ...t, block: b.region })));
  // A table read without confidence is no table: its figures are left alone (and reported unread).
  return tables.filter((t) => t.rows.length > 0 && !doubtful(t)).sort((a, b) => a.span.start - b.span.start);
}
