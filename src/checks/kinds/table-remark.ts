/**
 * Remarks that state a figure about their row (`财政年末收回47.8万元`, `财政年中调减指标117.48万元`,
 * `年中调减指标42万元，年末收回20万元`), checked against the row's own columns:
 * - 调减 / 核减: 年初预算 − 实际划拨 (or − 实际支出 when nothing was allocated separately);
 * - 调增 / 追加: 实际划拨 − 年初预算;
 * - 收回 / 结余 / 结转 / 剩余 / 退回: 实际划拨 − 实际支出 (or 预算 − 实际支出).
 * Which columns the words refer to is inferred: a mismatch is a warning.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import type { ColumnRole, Row, Table } from "../../tables/model.js";
import { figuresIn } from "../../tables/values.js";
import { baseValue, type Context } from "../context.js";
import { bin, fig } from "../expr.js";
import type { Relation, Variant } from "../relation.js";
import { columnName, rowName, valueAt } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

type Movement = "cut" | "add" | "left";

const WORDS: readonly (readonly [Movement, RegExp])[] = [
  ["cut", /(?:调减|核减|压减|减少)(?:指标|资金|预算|经费)?(?:为|了)?\s*$/],
  ["add", /(?:调增|追加|增加)(?:指标|资金|预算|经费)?(?:为|了)?\s*$/],
  ["left", /(?:收回|结余|结转|剩余|退回|上缴|未支出|未使用|未拨付|余额)(?:指标|资金|经费)?(?:为|了)?\s*$/],
];

/** Words that make an amount an earlier year's or a part of the budget. */
const EARLIER = /上年|上一年|以前年度|往年|含|包括|其中/;

/** [from, minus] column roles of each movement: the first reading whose columns the table has. */
const READINGS: Record<Movement, readonly (readonly [ColumnRole, ColumnRole])[]> = {
  cut: [
    ["initial", "allocated"],
    ["budget", "allocated"],
    ["initial", "spent"],
  ],
  add: [
    ["allocated", "initial"],
    ["budget", "initial"],
  ],
  left: [
    ["allocated", "spent"],
    ["budget", "spent"],
    ["initial", "spent"],
  ],
};

const MOVEMENT_EN: Record<Movement, string> = { cut: "cut", add: "added", left: "withdrawn or left" };

/** A bare number of the row is in the unit of the remark that speaks of it. */
function inUnitOf(x: ExtractedFigure, remark: ExtractedFigure): ExtractedFigure {
  if (x.kind !== "plain") return x;
  return { ...x, unit: remark.unit, kind: remark.kind, scale: remark.scale, unitInherited: true };
}

function columnValue(ctx: Context, table: Table, row: Row, role: ColumnRole) {
  for (const col of table.columns) {
    if (col.role !== role) continue;
    const f = valueAt(ctx, table, row, col.index);
    if (f) return { fig: f, name: columnName(col, table) };
  }
  return null;
}

function remarkRelations(ctx: Context, ruleId: string, table: Table, row: Row): Relation[] {
  const out: Relation[] = [];
  const remarks = row.cells.filter(
    (c) =>
      c.kind === "text" && (table.columns[c.col]?.role === "remark" || table.columns[c.col]?.role === "text"),
  );
  for (const cell of remarks) {
    let from = cell.span.start;
    for (const f of figuresIn(cell, ctx.figures)) {
      const words = ctx.norm.slice(from, f.numberSpan.start);
      from = f.span.end;
      if (f.kind !== "money" || f.approx) continue;
      // 含上年结转50万元 is part of the budget, not what is left of it.
      if (EARLIER.test(words)) continue;
      const hit = WORDS.map(([m, re]) => [m, re.exec(words)] as const).find(([, m]) => m !== null);
      if (!hit) continue;
      const [movement, match] = hit;
      const said = match![0].replace(/(?:为|了)?\s*$/, "");
      const variants: Variant[] = [];
      for (const [a, b] of READINGS[movement]) {
        const x = columnValue(ctx, table, row, a);
        const y = columnValue(ctx, table, row, b);
        if (!x || !y) continue;
        // More spent than 年初预算: the budget was raised in a column the table does not have.
        if (a === "initial" && b === "spent" && baseValue(y.fig).gt(baseValue(x.fig))) continue;
        const expr = bin("-", fig(inUnitOf(x.fig, f), a), fig(inUnitOf(y.fig, f), b));
        variants.push({ name: `${x.name} − ${y.name}`, expr });
        break;
      }
      if (variants.length === 0) continue;
      out.push({
        ruleId,
        target: f,
        variants,
        compare: "eq",
        explicit: false,
        exactInputs: false,
        messageId: "remark",
        data: {
          row: rowName(table, row),
          column: columnName(table.columns[cell.col], table),
          movement: said,
          movementEn: MOVEMENT_EN[movement],
        },
        direction: 1,
      });
    }
  }
  return out;
}

export const tableRemark: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  for (const table of ctx.a.tables) {
    for (const row of table.rows) {
      if (row.realigned) continue;
      for (const r of remarkRelations(ctx, ruleId, table, row))
        if (!claimed.has(r.target.id)) out.relations.push(r);
    }
  }
  return out;
};
