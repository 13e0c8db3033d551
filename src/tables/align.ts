/**
 * Aligning a row's cells to the table's columns when their counts differ (a merged cell written
 * once, an empty cell lost in extraction, a section cell at the start of a row): a monotone
 * alignment that places numbers under quantity columns, rates under rate columns and words under
 * word columns, keeps neighbouring cells in neighbouring columns, and prefers the left.
 */
import { NUMERIC_ROLES, WORD_ROLES } from "./columns.js";
import type { CellKind, ColumnRole } from "./model.js";

/** How well a cell of `kind` fits a column of `role` (negative: it does not belong there). */
export function cellFit(kind: CellKind, role: ColumnRole): number {
  if (kind === "empty") return 0;
  const numeric = NUMERIC_ROLES.has(role);
  const words = WORD_ROLES.has(role);
  switch (kind) {
    case "dash":
      return numeric || role === "rate" || role === "mixed" ? 1 : 0;
    case "number":
      if (numeric) return 2;
      if (role === "mixed") return 1.5;
      if (role === "rate") return 0.5;
      return -3;
    case "percent":
      if (role === "rate") return 3;
      if (role === "mixed") return 1.5;
      return numeric ? -1 : -3;
    case "compared":
      if (role === "mixed") return 2;
      return words ? 0 : -1;
    case "text":
      if (words) return 2;
      if (role === "mixed") return 1;
      return -3;
  }
}

const ADJACENT = 0.25;
/** A cell left where it was written (its index is its column) keeps the structure of the row. */
const IN_PLACE = 0.5;
const SKIP_CELL = -2.5;
const EPS = 0.001;

/**
 * The column of each cell (-1: left out), maximising fit + adjacency. Columns left unused early
 * cost a little more than late ones, so that ties go to the left.
 */
export function alignCells(kinds: readonly CellKind[], roles: readonly ColumnRole[]): number[] {
  const m = kinds.length;
  const n = roles.length;
  const NEG = Number.NEGATIVE_INFINITY;
  // at[i][j]: cells 0..i-1 placed, cell i-1 in column j-1. any[i][j]: cells 0..i-1 within columns 0..j-1.
  const at = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const any = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const from = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const fromAt = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  any[0]![0] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i > 0 && j > 0) {
        const f =
          cellFit(kinds[i - 1]!, roles[j - 1]!) + (i === j && kinds[i - 1] !== "empty" ? IN_PLACE : 0);
        const viaAt = at[i - 1]![j - 1]! + (kinds[i - 1] === "empty" ? 0 : ADJACENT);
        const viaAny = any[i - 1]![j - 1]!;
        at[i]![j] = Math.max(viaAt, viaAny) + f;
        fromAt[i]![j] = viaAt >= viaAny ? 1 : 0;
      }
      // any[i][j] = best of: cell i-1 in column j-1; column j-1 unused; cell i-1 left out.
      let best = at[i]![j]!;
      let how = 0;
      if (j > 0) {
        const skipCol = any[i]![j - 1]! - EPS * (n - j + 1);
        if (skipCol > best) {
          best = skipCol;
          how = 1;
        }
      }
      if (i > 0) {
        const skipCell = any[i - 1]![j]! + (kinds[i - 1] === "empty" ? 0 : SKIP_CELL);
        if (skipCell > best) {
          best = skipCell;
          how = 2;
        }
      }
      if (i === 0 && j === 0) continue;
      any[i]![j] = best;
      from[i]![j] = how;
    }
  }
  const cols = new Array<number>(m).fill(-1);
  let i = m;
  let j = n;
  let inAt = false;
  while (i > 0) {
    if (inAt) {
      cols[i - 1] = j - 1;
      inAt = fromAt[i]![j] === 1;
      i--;
      j--;
      continue;
    }
    const how = from[i]![j];
    if (how === 0) inAt = true;
    else if (how === 1) j--;
    else i--;
  }
  return cols;
}
