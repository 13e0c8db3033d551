/**
 * Identities inside one table row, named by its column titles (indicators.md I11, I12, A2):
 * - 调整后预算 = 年初预算 ± 调整数;
 * - 结余 (结转, 收回) = 实际划拨 (or 预算) − 实际支出;
 * - 执行率 = 全年执行数 ÷ 全年预算数 (or ÷ 年初预算, ÷ 实际划拨); 0 ÷ 0 is written 0 % or 100 %;
 * - 得分 = 执行率 × 分值 where the row states all three (the usual rule; provinces differ: a warning).
 */

import type { ExtractedFigure } from "../../extract/index.js";
import type { ColumnRole, Row, Table } from "../../tables/model.js";
import { baseValue, type Context } from "../context.js";
import { D } from "../decimal.js";
import { bin, type Expr, fig } from "../expr.js";
import type { Relation, Variant } from "../relation.js";
import { columnName, exact, rowName, valueAt } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

type Values = Partial<Record<ColumnRole, { fig: ExtractedFigure; col: number }>> & {
  /** The row's remark says its budget was adjusted during the year. */
  adjusted?: boolean;
};

const ROLES: readonly ColumnRole[] = [
  "initial",
  "adjust",
  "budget",
  "allocated",
  "spent",
  "balance",
  "rate",
  "weight",
  "score",
];

function rowValues(ctx: Context, table: Table, row: Row): Values {
  const out: Values = {
    adjusted: row.cells.some(
      (c) => c.kind === "text" && table.columns[c.col]?.role === "remark" && ADJUSTED.test(c.text),
    ),
  };
  for (const role of ROLES) {
    for (const col of table.columns) {
      if (col.role !== role || out[role]) continue;
      const f = valueAt(ctx, table, row, col.index);
      if (f) out[role] = { fig: f, col: col.index };
    }
  }
  return out;
}

const isZero = (f: ExtractedFigure) => f.value.isZero();

function make(
  ruleId: string,
  table: Table,
  row: Row,
  target: { fig: ExtractedFigure; col: number },
  variants: Variant[],
  explicit: boolean,
  extra: Partial<Relation> = {},
): Relation {
  return {
    ruleId,
    target: target.fig,
    variants,
    compare: "eq",
    explicit,
    exactInputs: false,
    messageId: "row",
    data: {
      name: columnName(table.columns[target.col], table),
      row: rowName(table, row),
      column: columnName(table.columns[target.col], table),
    },
    direction: 1,
    namedVariants: variants.length > 1,
    ...extra,
  };
}

/** A rate written without %: `执行率 0`, `99` under 执行率 — read as a percentage. */
function asPercent(f: ExtractedFigure): Partial<Relation> {
  return f.kind === "percent" ? {} : { targetScale: new D("0.01") };
}

function rate(ruleId: string, table: Table, row: Row, v: Values): Relation | null {
  const r = v.rate;
  const spent = v.spent?.fig;
  if (!r || !spent) return null;
  const bases = (["budget", "initial", "allocated"] as const).map((k) => v[k]).filter((x) => x !== undefined);
  if (bases.length === 0 || onlyOutgrownInitial(v)) return null;
  const variants: Variant[] = [];
  for (const { fig: base, col } of bases) {
    const q = bin("/", fig(spent, "spent"), fig(base, "budget"));
    const name = `${columnName(table.columns[v.spent!.col], table)} ÷ ${columnName(table.columns[col], table)}`;
    if (isZero(spent) && isZero(base)) {
      // No funds: 0 ÷ 0 is written 100 % or 0 %, either convention.
      variants.push({ name, expr: { t: "conv", v: isZero(r.fig) ? new D(0) : new D(1), a: q } });
    } else variants.push({ name, expr: q });
  }
  return make(ruleId, table, row, r, variants, true, asPercent(r.fig));
}

function scoreFromRate(ruleId: string, table: Table, row: Row, v: Values): Relation | null {
  const { rate: r, weight: w, score: s } = v;
  if (!r || !w || !s || r.fig.kind !== "percent") return null;
  const product = bin("*", fig(r.fig, "rate"), exact(w.fig, "weight"));
  const capped: Expr = bin(
    "*",
    { t: "call", fn: "min", args: [fig(r.fig, "rate"), { t: "const", v: new D(1) }] },
    exact(w.fig, "weight"),
  );
  return {
    ...make(
      ruleId,
      table,
      row,
      s,
      [
        { name: "执行率 × 分值", expr: product },
        { name: "min(执行率, 100%) × 分值", expr: capped },
      ],
      false,
    ),
    messageId: "score",
    namedVariants: false,
  };
}

function adjusted(ruleId: string, table: Table, row: Row, v: Values): Relation | null {
  const { budget, initial, adjust } = v;
  if (!budget || !initial || !adjust) return null;
  const cut = /调减|核减|减少/.test(table.columns[adjust.col]?.title ?? "");
  const expr = bin(cut ? "-" : "+", fig(initial.fig, "initial"), fig(adjust.fig, "adjust"));
  return make(ruleId, table, row, budget, [{ name: cut ? "年初 − 调减" : "年初 + 调整", expr }], true);
}

function balance(ruleId: string, table: Table, row: Row, v: Values): Relation | null {
  const { balance: left, spent } = v;
  if (!left || !spent || onlyOutgrownInitial(v)) return null;
  const variants: Variant[] = [];
  for (const k of ["allocated", "budget", "initial"] as const) {
    const from = v[k];
    if (!from) continue;
    variants.push({
      name: `${columnName(table.columns[from.col], table)} − ${columnName(table.columns[spent.col], table)}`,
      expr: bin("-", fig(from.fig, k), fig(spent.fig, "spent")),
    });
  }
  if (variants.length === 0) return null;
  return make(ruleId, table, row, left, variants, true);
}

/**
 * The row's only base is 年初预算 and more than it was spent: the budget was raised during the year
 * in a column the table does not have, and neither 结余 nor 执行率 can be taken against 年初预算.
 */
function onlyOutgrownInitial(v: Values): boolean {
  const { initial, spent } = v;
  if (!initial || !spent || v.budget || v.allocated) return false;
  if (v.adjusted) return true;
  return baseValue(spent.fig).gt(baseValue(initial.fig));
}

/** A remark of the row that says the budget moved during the year (年中调减20万元, 追加). */
const ADJUSTED = /调减|调增|核减|追加|调整|调剂|调出|调入/;

export const tableRow: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  for (const table of ctx.a.tables) {
    for (const row of table.rows) {
      if (row.realigned) continue;
      const v = rowValues(ctx, table, row);
      for (const r of [
        adjusted(ruleId, table, row, v),
        balance(ruleId, table, row, v),
        rate(ruleId, table, row, v),
        scoreFromRate(ruleId, table, row, v),
      ]) {
        if (r && !claimed.has(r.target.id)) out.relations.push(r);
      }
    }
  }
  return out;
};
