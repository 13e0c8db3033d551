/**
 * Totals in tables: a 合计 / 总计 / 小计 / 总额 row is the sum of the rows it totals, column by
 * column — the rows above it, or the 其中 rows under it (the 年度资金总额 row of a 项目支出绩效自评表);
 * a 合计 / 总预算 column is the sum of its sibling columns under the same header (`部门预算` +
 * `事业发展支出`), and a group split two ways (`事业发展支出` and `事业发展支出(按预算级次划分)`) adds
 * up to the same amount both ways. A table's totals certainly bind their parts: a mismatch is an error.
 */

import type { ExtractedFigure } from "../../extract/index.js";
import { MONEY_ROLES } from "../../tables/columns.js";
import type { Column, Row, Table } from "../../tables/model.js";
import type { Context } from "../context.js";
import { bin, type Expr, fig, sum } from "../expr.js";
import type { Relation } from "../relation.js";
import { columnName, rowName, valueAt } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

const TOTAL_ROW =
  /^(?:合\s*计|总\s*计|小\s*计|总\s*额|年度资金总额|资金总额|合计数|总计数)|^(?:本年)?(?:收入|支出)合计$/;
/** A grand total: what a 合计 above it stands for is one of its parts (总计 = 本年收入合计 + 年初结转和结余). */
const GRAND = /^总\s*计/;
const SUBTOTAL = /^小\s*计/;
const PART_OF = /^其中/;
const TOTAL_COLUMN = /^(?:合\s*计|总\s*计|小\s*计|合计数|总计数|总额|总预算)$/;
const ALTERNATIVE = /^(.+?)\s*[(（]\s*按.+?划分\s*[)）]$/;

function summable(col: Column): boolean {
  return MONEY_ROLES.has(col.role);
}

/** The rows a total row adds up: the 其中 rows under it, or the rows above it. */
function partsOf(table: Table, t: number): { rows: Row[]; partial: boolean } {
  const rows = table.rows;
  const name = (r: Row) => rowName(table, r);
  const total = rows[t]!;
  const after = rows[t + 1];
  if (after && (PART_OF.test(name(after)) || t === 0) && !SUBTOTAL.test(name(total))) {
    const parts: Row[] = [];
    for (let k = t + 1; k < rows.length && !TOTAL_ROW.test(name(rows[k]!)); k++) parts.push(rows[k]!);
    return { rows: parts, partial: parts.length === 1 && PART_OF.test(name(parts[0]!)) };
  }
  const above: Row[] = [];
  for (let k = t - 1; k >= 0; k--) {
    const r = rows[k]!;
    if (TOTAL_ROW.test(name(r)) && !SUBTOTAL.test(name(r))) {
      if (GRAND.test(name(total)) && !GRAND.test(name(r))) above.unshift(r);
      break;
    }
    if (SUBTOTAL.test(name(total)) && SUBTOTAL.test(name(r))) break;
    above.unshift(r);
  }
  const subtotals = above.filter((r) => SUBTOTAL.test(name(r)));
  if (!SUBTOTAL.test(name(total)) && subtotals.length > 0) return { rows: subtotals, partial: false };
  return { rows: topLevel(above, name), partial: false };
}

/** Outline markers of row names, highest level first: 一、 （一） 1. （1）. */
const LEVELS: readonly RegExp[] = [
  /^[一二三四五六七八九十]+\s*[、.．]/,
  /^[(（][一二三四五六七八九十]+[)）]/,
  /^\d{1,2}\s*[、.．](?!\d)/,
  /^[(（]\d{1,2}[)）]/,
];

/**
 * The rows a total adds up when the rows nest (一、基本支出 / 其中：人员经费 / 公用经费 / 二、项目支出):
 * the rows of the highest outline level. Rows that nest with no marker to tell the levels apart
 * give nothing: which of them the total adds up is not known.
 */
function topLevel(rows: readonly Row[], name: (r: Row) => string): Row[] {
  const nested = rows.some((r) => PART_OF.test(name(r)));
  const level = LEVELS.find((re) => rows.filter((r) => re.test(name(r))).length >= 2);
  if (level) return rows.filter((r) => level.test(name(r)));
  return nested ? [] : [...rows];
}

function relation(
  ruleId: string,
  target: ExtractedFigure,
  expr: Expr,
  compare: "eq" | "le",
  data: Record<string, string>,
): Relation {
  return {
    ruleId,
    target,
    variants: [{ name: "Σ", expr }],
    compare,
    explicit: true,
    exactInputs: false,
    messageId: compare === "le" ? "partsExceed" : "total",
    data,
    direction: 1,
  };
}

function totalRows(ctx: Context, ruleId: string, table: Table, claimed: ReadonlySet<number>): Relation[] {
  const out: Relation[] = [];
  table.rows.forEach((row, t) => {
    if (row.realigned || !TOTAL_ROW.test(rowName(table, row))) return;
    const parts = partsOf(table, t);
    if (parts.rows.length === 0 || parts.rows.some((r) => r.realigned)) return;
    for (const col of table.columns) {
      if (!summable(col)) continue;
      const target = valueAt(ctx, table, row, col.index);
      if (!target || claimed.has(target.id) || target.kind === "percent") continue;
      const values = parts.rows.map((r) => valueAt(ctx, table, r, col.index)).filter((f) => f !== null);
      if (values.length === 0 || values.some((f) => f.kind === "percent")) continue;
      out.push(
        relation(ruleId, target, sum(values.map((f) => fig(f, "part"))), parts.partial ? "le" : "eq", {
          row: rowName(table, row),
          column: columnName(col, table),
        }),
      );
    }
  });
  return out;
}

const pathKey = (c: Column) => c.path.join("\u0001");

/** The money columns under `prefix`, one per distinct header path (merged titles repeat). */
function columnsUnder(table: Table, prefix: readonly string[]): Column[] {
  const seen = new Set<string>();
  return table.columns.filter((c) => {
    if (!summable(c) || c.path.length <= prefix.length) return false;
    if (!prefix.every((p, k) => c.path[k] === p)) return false;
    const key = pathKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function totalColumns(ctx: Context, ruleId: string, table: Table, claimed: ReadonlySet<number>): Relation[] {
  const out: Relation[] = [];
  for (const total of table.columns) {
    const title = total.title.replace(/\s*[(（/].*$/, "").trim();
    if (!TOTAL_COLUMN.test(title) || !summable(total)) continue;
    const parent = total.path.slice(0, -1);
    const level = parent.length;
    // Siblings under the same parent, except a group that splits another one a second way.
    const siblings = columnsUnder(table, parent).filter(
      (c) => c.index !== total.index && c.title !== total.title,
    );
    const parts = siblings.filter((c) => !ALTERNATIVE.test(c.path[level] ?? ""));
    const groups = new Set(parts.map((c) => c.path[level]));
    if (parts.length < 2) continue;
    // 合计 | 其中：人员经费 | 公用经费: the 其中 columns may list only some parts.
    const compare = parts.some((c) => c.path.some((p) => PART_OF.test(p))) ? "le" : "eq";
    const alternatives = [...new Set(siblings.map((c) => c.path[level] ?? ""))].filter((p) =>
      ALTERNATIVE.test(p),
    );
    for (const row of table.rows) {
      if (row.realigned) continue;
      const target = valueAt(ctx, table, row, total.index);
      if (!target || claimed.has(target.id)) continue;
      const values = parts.map((c) => valueAt(ctx, table, row, c.index)).filter((f) => f !== null);
      if (values.length < 2 && groups.size < 2) continue;
      if (values.length === 0) continue;
      out.push(
        relation(ruleId, target, sum(values.map((f) => fig(f, "part"))), compare, {
          row: rowName(table, row),
          column: columnName(total, table),
        }),
      );
      // 事业发展支出(按预算级次划分) adds up to what 事业发展支出 does.
      for (const alt of alternatives) {
        const base = ALTERNATIVE.exec(alt)![1]!;
        const baseCols = parts.filter((c) => c.path[level] === base);
        const altCols = siblings.filter((c) => c.path[level] === alt);
        const baseVals = baseCols.map((c) => valueAt(ctx, table, row, c.index)).filter((f) => f !== null);
        const altVals = altCols.map((c) => valueAt(ctx, table, row, c.index));
        const first = altVals[0];
        const rest = altVals.slice(1).filter((f) => f !== null);
        if (!first || baseVals.length === 0 || altVals.length < 2) continue;
        let expr: Expr = sum(baseVals.map((f) => fig(f, "part")));
        for (const f of rest) expr = bin("-", expr, fig(f, "part"));
        out.push({
          ...relation(ruleId, first, expr, "eq", {
            row: rowName(table, row),
            column: columnName(altCols[0], table),
          }),
          messageId: "breakdown",
          data: { row: rowName(table, row), column: columnName(altCols[0], table), group: base },
        });
      }
    }
  }
  return out;
}

export const tableTotal: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  for (const table of ctx.a.tables) {
    out.relations.push(...totalRows(ctx, ruleId, table, claimed));
    out.relations.push(...totalColumns(ctx, ruleId, table, claimed));
  }
  return out;
};
