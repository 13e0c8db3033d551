/**
 * What a layout reader hands to assembly: rows of cells in text order, not yet placed in columns,
 * with what the layout itself knows (a row is a header: HTML `<th>`, a Markdown separator; the
 * cells already sit in their columns: an HTML grid).
 */
import type { Span } from "../../types.js";
import type { Cell, Layout } from "../model.js";

export interface RawRow {
  readonly cells: readonly Cell[];
  readonly span: Span;
  /** A blank gap or a page marker came just before the row. */
  readonly breakBefore: boolean;
  /** The layout marks the row as a header. */
  readonly header?: boolean;
}

export interface RawBlock {
  readonly layout: Layout;
  /** Where the run of text it was read from starts: blocks of one run (one form) share it. */
  readonly region: number;
  readonly rows: readonly RawRow[];
  /** Cells carry their columns already (an HTML grid): no alignment needed. */
  readonly placed?: boolean;
  /** Empty cells after a title in a header row continue it (a merged cell written as blanks). */
  readonly blanksContinue: boolean;
}

export function spanOf(cells: readonly Cell[], fallback: Span): Span {
  const nonEmpty = cells.filter((c) => c.span.end > c.span.start);
  if (nonEmpty.length === 0) return fallback;
  return { start: nonEmpty[0]!.span.start, end: nonEmpty[nonEmpty.length - 1]!.span.end };
}
