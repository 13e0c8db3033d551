/**
 * The figures in a table's cells. Figures are extracted from the whole text (src/extract); a cell's
 * value is the one figure inside a cell that holds only a number. A bare number in a money column
 * takes the unit the table declares (`金额单位：万元`, `年初预算/万元`, `（万元）` in any title,
 * `3359.62万` in the cell itself), so that it adds up with amounts written with their unit.
 */

import { D } from "../checks/decimal.js";
import type { ExtractedFigure } from "../extract/figures.js";
import type { UnitInfo } from "../extract/units.js";
import { cellUnit, MONEY_ROLES, titleUnit } from "./columns.js";
import type { Cell, Column, Table } from "./model.js";

/** Index of the first figure starting at or after `offset` (figures are in text order). */
export function lowerBound(figures: readonly ExtractedFigure[], offset: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (figures[m]!.span.start < offset) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** The figures whose number lies inside `cell`. */
export function figuresIn(cell: Cell, figures: readonly ExtractedFigure[]): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  for (let k = lowerBound(figures, cell.span.start); k < figures.length; k++) {
    const f = figures[k]!;
    if (f.numberSpan.start >= cell.span.end) break;
    if (f.numberSpan.end <= cell.span.end) out.push(f);
  }
  return out;
}

/** The unit that bare numbers of `col` are written in, if the table says. */
export function columnUnit(table: Table, col: Column | undefined): UnitInfo | null {
  if (col?.unit) return col.unit;
  if (table.unit) return table.unit;
  // A unit written once in the header (总预算 (万元)) holds for the header's other money titles.
  for (const c of table.columns) for (const p of c.path) if (titleUnit(p)) return titleUnit(p);
  return null;
}

/**
 * A figure for a cell that holds only a number the extraction of prose passed over (`8 时效指标`
 * reads as a time of day there): in a cell, a number is a number.
 */
function cellFigure(cell: Cell, col: Column | undefined): ExtractedFigure | null {
  const m = /^([-+]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)/.exec(cell.text);
  if (!m) return null;
  const digits = (m[1] === "-" ? "-" : "") + m[2]!.replace(/,/g, "");
  const percent = cell.kind === "percent";
  const numberEnd = cell.span.start + m[0].length;
  return Object.freeze({
    id: -1 - cell.span.start,
    raw: cell.text,
    digits,
    value: new D(digits),
    unit: percent ? "%" : "",
    kind: percent ? "percent" : "plain",
    scale: percent ? new D("0.01") : new D(1),
    decimals: m[3]?.length ?? 0,
    exact: false,
    approx: false,
    unitInherited: false,
    span: cell.span,
    numberSpan: { start: cell.span.start, end: numberEnd },
    label: col?.title ?? "",
    labelSpan: cell.span,
    sentence: 0,
    paragraph: 0,
  });
}

/** The number a cell holds, as a figure in the table's unit; null for words, dashes and blanks. */
export function cellValue(table: Table, cell: Cell | undefined, figures: readonly ExtractedFigure[]) {
  if (!cell || (cell.kind !== "number" && cell.kind !== "percent")) return null;
  const inside = figuresIn(cell, figures);
  if (inside.length > 1) return null;
  const found = inside[0] ?? cellFigure(cell, table.columns[cell.col]);
  if (!found) return null;
  if (found.kind !== "plain" && !found.unitInherited) return found;
  // A unit the figure took from the prose around it (a table run together on one line reads as
  // one sentence) is not the cell's: the cell's unit is the table's.
  const f: ExtractedFigure = found.unitInherited
    ? { ...found, unit: "", kind: "plain", scale: new D(1), unitInherited: false }
    : found;
  const col = table.columns[cell.col];
  const unit = cellUnit(cell.text) ?? (col && MONEY_ROLES.has(col.role) ? columnUnit(table, col) : null);
  if (!unit) return f;
  return {
    ...f,
    unit: unit.unit,
    kind: unit.kind,
    scale: unit.scale,
    unitInherited: true,
  } as ExtractedFigure;
}
