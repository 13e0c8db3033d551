/**
 * What the table and score check kinds share: the values of cells, the names of rows and columns
 * for messages (`{{row}}` = 扶持企业技改和发展民营经济专项资金 or 第3行, `{{column}}` = 实际划拨), the
 * score sheets of a text (computed once per text), and exact figures (a weight is exactly its
 * points, not ± half a point).
 */
import type { Analysis, ExtractedFigure } from "../../extract/index.js";
import type { Column, Row, Table } from "../../tables/model.js";
import { outlineSheets } from "../../tables/outline.js";
import { listSheets } from "../../tables/score-list.js";
import { allItems, type ScoreSheet } from "../../tables/score-model.js";
import { tableSheets } from "../../tables/score-table.js";
import { cellValue } from "../../tables/values.js";
import type { Context } from "../context.js";
import type { Expr } from "../expr.js";

/** The value of the cell of `row` under column `col`, as a figure (null: no number there). */
export function valueAt(ctx: Context, table: Table, row: Row, col: number): ExtractedFigure | null {
  const cell = row.cells.find((c) => c.col === col);
  return cellValue(table, cell, ctx.figures);
}

/** A row's name: its cell under the label column, else its first short words, else 第N行. */
export function rowName(table: Table, row: Row): string {
  const labels = new Set(table.columns.filter((c) => c.role === "label").map((c) => c.index));
  const named =
    row.cells.find((c) => c.kind === "text" && labels.has(c.col)) ??
    row.cells.find((c) => c.kind === "text" && c.text.length <= 30 && c.col <= 1);
  const name = named?.text.replace(/[:：]$/, "").trim();
  return name ? name : `第${row.index + 1}行`;
}

const bare = (title: string) => title.replace(/\s*[(（/].*$/, "").trim();

/**
 * A column's name: its title without the unit (实际划拨/万元 → 实际划拨); the titles above it too
 * when another column has the same title (决算数/项目支出); else 第N列.
 */
export function columnName(col: Column | undefined, table?: Table): string {
  if (!col) return "";
  const t = bare(col.title);
  const twin = table?.columns.some(
    (c) => c.index !== col.index && bare(c.title) === t && c.path.join() !== col.path.join(),
  );
  if (t && twin) return col.path.map(bare).join("/");
  return t || col.path.join("/") || `第${col.index + 1}列`;
}

/** A figure taken at its written value exactly (weights, awarded points). */
export const exact = (f: ExtractedFigure, role: string): Expr => ({ t: "fig", fig: f, role, exact: true });

const SHEETS = new WeakMap<Analysis, readonly ScoreSheet[]>();

/** The score sheets of the text: prose outlines and tables. */
export function scoreSheets(ctx: Context): readonly ScoreSheet[] {
  let s = SHEETS.get(ctx.a);
  if (!s) {
    const read = [
      ...outlineSheets(ctx.norm, ctx.a.segments, ctx.figures),
      ...tableSheets(ctx.a.tables, ctx.norm, ctx.figures),
    ];
    const taken = new Set<number>();
    for (const sheet of read)
      for (const x of allItems(sheet.items)) for (const f of [x.weight, x.score]) if (f) taken.add(f.id);
    s = [...read, ...listSheets(ctx.norm, ctx.figures, taken)];
    SHEETS.set(ctx.a, s);
  }
  return s;
}
