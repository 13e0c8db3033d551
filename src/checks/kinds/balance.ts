/**
 * Balances stated in one sentence: funds in (收入/收到/到位/投入) − spending (支出) − funds
 * withdrawn (收回/统筹/调减) = what is left (结转/结余). Inferred from labels, so a warning.
 * When the sentence names no funds-in figure, an amount earlier in the paragraph that makes the
 * balance hold is recorded as a consistent check, and nothing is flagged.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { type Context, clauseLabel } from "../context.js";
import { bin, type Expr, fig, paren, sum } from "../expr.js";
import { check, type Relation } from "../relation.js";
import { empty, type KindFn } from "./types.js";

const IN = /收入|收到|到位|投入|下达|拨款|可用|资金总额|筹集|调入/;
const TOTAL_IN = /合计|总计|总额|总投入/;
const OUT = /支出|已分配|已使用|使用了?$|调出/;
const BACK = /收回|统筹|调减|缴回|上缴/;
const LEFT = /结转|结余|剩余|余额|结存/;
const NEAREST = 12;
const NOT_LEFT = /上年结转|年初结转|上年结余|以前年度/;
/** A balance at the end of the year: what was carried in at its start is part of it. */
const YEAR_END = /年末|年终|期末/;

function role(ctx: Context, f: ExtractedFigure): "in" | "out" | "back" | "left" | null {
  const label = f.label + "|" + clauseLabel(ctx, f);
  if (NOT_LEFT.test(f.label)) return "in"; // 上年结余 / 年初结转 flow in
  if (LEFT.test(f.label) && !NOT_LEFT.test(label) && !OUT.test(f.label)) return "left";
  if (BACK.test(f.label)) return "back";
  if (OUT.test(f.label)) return "out";
  if (IN.test(label) && !OUT.test(label) && !LEFT.test(f.label)) return "in";
  return null;
}

export const balance: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  ctx.bySentence.forEach((own, s) => {
    // …调出资金229万元。年终结余86万元: a sentence that only states the balance completes the one before.
    const next = ctx.bySentence[s + 1] ?? [];
    const figs =
      next.length &&
      own.length &&
      next[0]!.paragraph === own[0]!.paragraph &&
      role(ctx, next[0]!) === "left" &&
      !own.some((f) => role(ctx, f) === "left")
        ? [...own, next[0]!]
        : own;
    if (figs.length === 0) return;
    const top = figs.filter(
      (f) =>
        f.kind === "money" &&
        !f.approx &&
        (ctx.depth[f.span.start] ?? 0) === (ctx.depth[figs[0]!.span.start] ?? 0),
    );
    const roles = top.map((f) => role(ctx, f));
    const outIdx = roles.indexOf("out");
    if (outIdx < 0) return;
    const leftIdx = roles.findIndex((r, k) => r === "left" && k > outIdx);
    if (leftIdx < 0) return;
    const inIdx = roles.lastIndexOf("in", outIdx);
    const spent = top[outIdx]!;
    const left = top[leftIdx]!;
    if (claimed.has(left.id)) return;
    const backs = top.filter((_, k) => roles[k] === "back" && k > Math.max(inIdx, 0) && k < leftIdx);
    const build = (sources: ExtractedFigure[]): Relation => {
      let expr: Expr = sum(sources.map((f) => fig(f, "in")));
      if (sources.length > 1) expr = paren(expr);
      expr = bin("-", expr, fig(spent, "spent"));
      for (const b of backs) expr = bin("-", expr, fig(b, "withdrawn"));
      return {
        ruleId,
        target: left,
        variants: [{ name: "in − out", expr }],
        compare: "eq",
        explicit: false,
        exactInputs: false,
        messageId: "balance",
        data: { label: left.label || left.raw },
        direction: 1,
      };
    };
    if (inIdx >= 0) {
      // A stated total of the funds in (收入合计) when there is one, else every inflow listed.
      const ins = top.filter((_, k) => roles[k] === "in" && k < outIdx);
      const totalIn = [...ins].reverse().find((f) => TOTAL_IN.test(f.label));
      const base = build(totalIn ? [totalIn] : [top[inIdx]!]);
      const all = build(ins);
      const rel =
        ins.length > 1 && !totalIn
          ? { ...base, variants: [...base.variants, { name: "Σ in − out", expr: all.variants[0]!.expr }] }
          : base;
      // 本年收入合计…，本年支出合计…。年末结转和结余…: a year-end balance carries the opening one
      // too. Without it among the inflows, a mismatch says nothing; it is only confirmed.
      const opening = ins.some((f) => NOT_LEFT.test(f.label));
      if (YEAR_END.test(left.label) && !opening && check(rel).status !== "consistent") return;
      out.relations.push(rel);
      return;
    }
    // No funds-in figure in the sentence: look for one earlier in the paragraph that holds.
    const earlier = (ctx.byParagraph[spent.paragraph] ?? []).filter(
      (f) => f.span.end <= spent.span.start && f.kind === "money" && !f.approx && f.value.gt(spent.value),
    );
    // The nearest few: a balance does not reach back a whole long paragraph (and stays linear).
    for (const cand of earlier.reverse().slice(0, NEAREST)) {
      const rel = build([cand]);
      if (check(rel).status === "consistent") {
        out.relations.push(rel);
        break;
      }
    }
  });
  return out;
};
