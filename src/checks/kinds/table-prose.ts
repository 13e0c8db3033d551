/**
 * A table column whose sum the prose around the table states: the 预算投入 column of a 绩效目标表
 * against the 项目收入 the next paragraph gives. The prose figure must sit within a few lines of
 * the table and be named like the column (项目 + 收入 / 预算 / 支出 / 资金 / 投入). That the
 * sentence speaks of exactly these rows is inferred, so the relation is kept only when it holds,
 * or when one typing slip would make it hold — then it is a warning.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { MONEY_ROLES } from "../../tables/columns.js";
import type { Column, Table } from "../../tables/model.js";
import type { Context } from "../context.js";
import { fig, sum } from "../expr.js";
import { findHint } from "../hint.js";
import { check, type Relation } from "../relation.js";
import { columnName, rowName, valueAt } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

/** Lines of text around the table searched for the sentence that states the sum. */
const NEAR_LINES = 3;
const NAME = /项目.{0,6}(?:收入|预算|支出|资金|投入)|(?:收入|预算|支出|资金|投入).{0,4}合计/;
const TOTAL_ROW = /^(?:合\s*计|总\s*计|小\s*计|总\s*额)/;

function firstLineEndingAtOrAfter(lines: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length ? lo : -1;
}

/** The money figures of the prose lines just before and after the table. */
function nearby(ctx: Context, table: Table, tables: readonly Table[]): ExtractedFigure[] {
  // Only tables near this one can hold the figures of its neighbouring lines.
  const near = tables.filter(
    (t) => t.span.end >= table.span.start - 4000 && t.span.start <= table.span.end + 4000,
  );
  const inTable = (f: ExtractedFigure) =>
    near.some((t) => f.span.start >= t.span.start && f.span.start < t.span.end);
  const lines = ctx.a.segments.paragraphs;
  const out: ExtractedFigure[] = [];
  const take = (from: number, step: 1 | -1) => {
    let seen = 0;
    for (let k = from; k >= 0 && k < lines.length && seen < NEAR_LINES; k += step) {
      const p = lines[k]!;
      if (ctx.norm.slice(p.start, p.end).trim() === "") continue;
      seen++;
      for (const f of ctx.byParagraph[k] ?? [])
        if (f.kind === "money" && !f.approx && !inTable(f)) out.push(f);
    }
  };
  // Binary search: a linear scan per table made long texts with many tables quadratic.
  const first = firstLineEndingAtOrAfter(lines, table.span.start);
  const last = firstLineEndingAtOrAfter(lines, table.span.end);
  take(last + 1, 1);
  take(first - 1, -1);
  return out;
}

function columnRelation(
  ctx: Context,
  ruleId: string,
  table: Table,
  col: Column,
  prose: readonly ExtractedFigure[],
) {
  const values = table.rows.map((r) => valueAt(ctx, table, r, col.index));
  const present = values.filter((f) => f !== null);
  if (present.length < 3 || present.some((f) => f.kind !== "money")) return null;
  for (const target of prose) {
    if (!NAME.test(target.label)) continue;
    const rel: Relation = {
      ruleId,
      target,
      variants: [{ name: "Σ", expr: sum(present.map((f) => fig(f, "part"))) }],
      compare: "eq",
      explicit: false,
      exactInputs: false,
      messageId: "columnSum",
      data: {
        label: target.label,
        column: columnName(col, table),
        table: table.caption ?? "表格",
        rows: String(present.length),
      },
      direction: 1,
    };
    const o = check(rel);
    if (o.status === "consistent" || o.status === "truncated" || findHint(rel)) return rel;
  }
  return null;
}

export const tableProse: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  const tables = ctx.a.tables;
  for (const table of tables) {
    if (table.rows.some((r) => r.realigned || TOTAL_ROW.test(rowName(table, r)))) continue;
    const prose = nearby(ctx, table, tables).filter((f) => !claimed.has(f.id));
    if (prose.length === 0) continue;
    for (const col of table.columns) {
      if (!MONEY_ROLES.has(col.role) || col.role === "total") continue;
      const rel = columnRelation(ctx, ruleId, table, col, prose);
      if (rel) out.relations.push(rel);
    }
  }
  return out;
};
