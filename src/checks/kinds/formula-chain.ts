/**
 * Explicit formula chains, `名称=表达式=…=值`: the verbal steps are skipped, and each numeric step
 * must equal the next. The written numbers are the author's own inputs, so they are taken exactly
 * first, then with their written precision.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { D } from "../decimal.js";
import { type Expr, parseFormula, render } from "../expr.js";
import type { Relation } from "../relation.js";
import { empty, type KindFn } from "./types.js";

const STEP_STOP = /[，,；;：:。！？!?\n、|\t]/;
const OPERATOR = /[\s()+\-*/×÷]/;

interface Token {
  readonly kind: "fig" | "op" | "word";
  readonly text: string;
  readonly fig?: ExtractedFigure;
}

export const formulaChain: KindFn = (ctx, ruleId) => {
  const out = empty();
  const { norm } = ctx;
  const figAt = new Map<number, ExtractedFigure>(ctx.figures.map((f) => [f.span.start, f]));
  let i = norm.indexOf("=");
  while (i >= 0) {
    // The chain: a run of segments joined by "=" with no clause break in between.
    let start = i;
    while (start > 0 && !STEP_STOP.test(norm[start - 1]!)) start--;
    const cuts = [start - 1];
    let end = i;
    for (;;) {
      cuts.push(end);
      let k = end + 1;
      while (k < norm.length && norm[k] !== "=" && !STEP_STOP.test(norm[k]!)) k++;
      if (norm[k] === "=") {
        end = k;
        continue;
      }
      cuts.push(k);
      end = k;
      break;
    }
    const steps: Token[][] = [];
    for (let s = 0; s + 1 < cuts.length; s++) steps.push(tokens(norm, cuts[s]! + 1, cuts[s + 1]!, figAt));
    const numeric = steps.map((t, idx) => numericPart(t, idx === 0, idx === steps.length - 1));
    for (let s = 0; s + 1 < numeric.length; s++) {
      const left = numeric[s];
      const right = numeric[s + 1];
      if (!left || !right) continue;
      const rel = relate(ruleId, left, right);
      if (rel) out.relations.push(rel);
      else
        ctx.log.debug(
          { left: left.map((t) => t.text).join(""), right: right.map((t) => t.text).join("") },
          "formula step not bound",
        );
    }
    i = norm.indexOf("=", end);
  }
  return out;
};

function tokens(norm: string, from: number, to: number, figAt: Map<number, ExtractedFigure>): Token[] {
  const out: Token[] = [];
  for (let p = from; p < to; ) {
    const f = figAt.get(p);
    if (f && f.span.end <= to) {
      out.push({ kind: "fig", text: norm.slice(f.span.start, f.span.end), fig: f });
      p = f.span.end;
    } else {
      const c = norm[p]!;
      out.push({ kind: OPERATOR.test(c) ? "op" : "word", text: c });
      p++;
    }
  }
  return out;
}

/**
 * The numeric expression of a step: the whole step, or for the first step its trailing run
 * (实际支出数为6143.36+139869.43) and for the last its leading run (146012.79元，…).
 */
function numericPart(ts: Token[], first: boolean, last: boolean): Token[] | null {
  let a = 0;
  let b = ts.length;
  if (first) {
    a = b;
    while (a > 0 && ts[a - 1]!.kind !== "word") a--;
  }
  if (last) {
    b = a;
    while (b < ts.length && ts[b]!.kind !== "word") b++;
  }
  const run = ts.slice(a, b);
  if (run.some((t) => t.kind === "word")) return null;
  // Balance parentheses cut off by the run's edges.
  let depth = 0;
  let lo = 0;
  for (const t of run) {
    if (t.text === "(") depth++;
    if (t.text === ")") {
      if (depth === 0) lo++;
      else depth--;
    }
  }
  if (lo > 0 || depth > 0) {
    // Trim unmatched brackets at the edges (（0.94+0.99）/2*5 is fine; "…=99.07%）" is trimmed).
    while (run.length && run[0]!.text === ")") run.shift();
    while (run.length && run[run.length - 1]!.text === "(") run.pop();
  }
  const trimmed = trimEdges(run);
  return trimmed.some((t) => t.kind === "fig") ? trimmed : null;
}

function trimEdges(run: Token[]): Token[] {
  let a = 0;
  let b = run.length;
  while (a < b && run[a]!.kind === "op" && !/[(-]/.test(run[a]!.text)) a++;
  while (b > a && run[b - 1]!.kind === "op" && run[b - 1]!.text !== ")") b--;
  return run.slice(a, b);
}

function toExpr(run: Token[]): Expr | null {
  const byName = new Map<string, ExtractedFigure>();
  let src = "";
  for (const t of run) {
    if (t.kind === "fig") {
      // Operands are named by position, so formulas of the same shape share one parse.
      const name = `f${byName.size}`;
      byName.set(name, t.fig!);
      src += name;
    } else if (t.text.trim() !== "") src += t.text === "×" ? "*" : t.text === "÷" ? "/" : t.text;
  }
  const parsed = parseFormula(src, (name) => {
    const f = byName.get(name);
    // Whole numbers in a written formula are constants (×100%, −1, ÷2, ×5 points): exact.
    return f ? { t: "fig", fig: f, role: "operand", exact: f.decimals === 0 } : null;
  });
  return parsed.ok ? parsed.expr : null;
}

function single(run: Token[]): ExtractedFigure | null {
  const figs = run.filter((t) => t.kind === "fig");
  const ops = run.filter((t) => t.kind === "op" && t.text.trim() !== "");
  return figs.length === 1 && ops.length === 0 ? figs[0]!.fig! : null;
}

function relate(ruleId: string, left: Token[], right: Token[]): Relation | null {
  let target = single(right);
  let computed = left;
  if (!target) {
    target = single(left);
    computed = right;
  }
  if (!target || single(computed)) return null; // a bare number on both sides states nothing to compute
  const expr = toExpr(computed);
  if (!expr) return null;
  // 4426－1993＝2433万元: bare operands are in the unit of the result (never for a percentage).
  const operandsBare = computed.every((t) => t.kind !== "fig" || t.fig!.kind === "plain");
  const targetScale =
    operandsBare && target.kind !== "percent" && target.kind !== "points" ? new D(1) : undefined;
  return {
    targetScale,
    ruleId,
    target,
    variants: [{ name: render(expr), expr }],
    compare: "eq",
    explicit: true,
    exactInputs: true,
    messageId: "mismatch",
    data: {},
    direction: 1,
  };
}
