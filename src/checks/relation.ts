/**
 * A relation binds figures of the text into a computation and a stated value. The engine
 * evaluates it over intervals (design.md §3) and grades the outcome (design.md §4).
 */
import type { ExtractedFigure } from "../extract/index.js";
import { D, type Decimal, fixed, type Interval, mid, overlaps, written } from "./decimal.js";
import { type EvalEnv, type Expr, evaluate, figureInterval, render } from "./expr.js";

export interface Variant {
  /** Short name of the variant, shown when it is the one that holds (e.g. 实际支出 ÷ (到位 − 收回)). */
  readonly name: string;
  readonly expr: Expr;
}

export interface Relation {
  readonly ruleId: string;
  /** The figure whose value the computation must reproduce. */
  readonly target: ExtractedFigure;
  /** The standard computation first, then the variants a reviewer would accept. */
  readonly variants: readonly Variant[];
  /** "eq": computation = stated; "le": computation ≤ stated (a partial breakdown). */
  readonly compare: "eq" | "le";
  /** Explicit relations (a written formula, 其中, 合计, 占 with its total named) are certain. */
  readonly explicit: boolean;
  /** Operands are the author's own inputs (a written formula): evaluate them exactly first. */
  readonly exactInputs: boolean;
  /** Message id in the rule's catalogue and the data for its placeholders. */
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  /** When the stated value's sign is given by a word (下降 3.1%), −1; else 1. */
  readonly direction: 1 | -1;
  /** A note rather than a discrepancy (a year other than the report's): graded `info`. */
  readonly note?: boolean;
  /** The variants are alternative definitions worth naming in the result (named rates). */
  readonly namedVariants?: boolean;
  /**
   * The scale the stated value is compared at, when it differs from its unit's: `4426－1993＝2433万元`
   * writes bare operands in the result's unit.
   */
  readonly targetScale?: Decimal;
}

export type OutcomeStatus = "consistent" | "truncated" | "inconsistent" | "unverifiable";

export interface Outcome {
  readonly relation: Relation;
  readonly status: OutcomeStatus;
  /** The variant that held, or the closest one when none did. */
  readonly variant: Variant;
  readonly variantIndex: number;
  readonly computed: Interval | null;
  /** The recomputed value in the target's unit, at the stated precision (e.g. "99.22"). */
  readonly expected: string | null;
  readonly gross: boolean;
}

/** The stated value as an interval in base units, with the direction word applied. */
export function statedInterval(r: Relation, env: EvalEnv): Interval {
  const iv = rescale(r, figureInterval(r.target, { ...env, mode: "interval" }));
  return r.direction === -1 ? { lo: iv.hi.neg(), hi: iv.lo.neg() } : iv;
}

export function scaleOf(r: Relation): Decimal {
  return r.targetScale ?? r.target.scale;
}

function rescale(r: Relation, iv: Interval): Interval {
  if (!r.targetScale) return iv;
  const k = r.targetScale.div(r.target.scale);
  return { lo: iv.lo.times(k), hi: iv.hi.times(k) };
}

function statedPoint(r: Relation, env: EvalEnv): Decimal {
  const digits = env.override?.get(r.target.id);
  const v = (digits === undefined ? r.target.value : new D(digits)).times(scaleOf(r));
  return r.direction === -1 ? v.neg() : v;
}

/** Truncation instead of rounding: the stated value is the computed one cut at the last digit. */
function truncatedInterval(r: Relation): Interval {
  const unit = r.target.decimals < 0 ? new D(0) : written(new D(0), r.target.decimals).hi.times(2);
  const s = r.target.value;
  const iv = s.gte(0) ? { lo: s, hi: s.plus(unit) } : { lo: s.minus(unit), hi: s };
  const scaled = { lo: iv.lo.times(scaleOf(r)), hi: iv.hi.times(scaleOf(r)) };
  return r.direction === -1 ? { lo: scaled.hi.neg(), hi: scaled.lo.neg() } : scaled;
}

/**
 * A written value claims a half-open interval (design.md §3): 88% is [87.5 %, 88.5 %), −88% is
 * (−88.5 %, −87.5 %] — the bound away from zero is excluded. A recomputed value known exactly (a
 * point: counts, exact figures) that falls on that bound does not round to the written value;
 * a recomputed interval keeps both bounds, since whether its own bounds are reached is not tracked.
 */
function meets(computed: Interval, stated: Interval): boolean {
  if (!computed.lo.eq(computed.hi)) return overlaps(computed, stated);
  const v = computed.lo;
  const m = stated.lo.plus(stated.hi);
  const aboveLo = m.lt(0) || m.isZero() ? v.gt(stated.lo) : v.gte(stated.lo);
  const belowHi = m.gt(0) || m.isZero() ? v.lt(stated.hi) : v.lte(stated.hi);
  return aboveLo && belowHi;
}

function holds(r: Relation, computed: Interval, stated: Interval): boolean {
  if (r.compare === "le") return computed.lo.lte(stated.hi);
  if (stated.lo.eq(stated.hi)) return overlaps(computed, stated);
  return meets(computed, stated);
}

/** Evaluates one relation: which variant holds, or how far the closest one is. */
export function check(r: Relation, override?: ReadonlyMap<number, string>): Outcome {
  const modes: EvalEnv["mode"][] = r.exactInputs ? ["exact", "interval"] : ["interval"];
  const stated = statedInterval(r, { mode: "interval", override });
  let best: { i: number; computed: Interval; distance: Decimal } | null = null;
  for (const mode of modes) {
    for (let i = 0; i < r.variants.length; i++) {
      const computed = evaluate(r.variants[i]!.expr, { mode, override });
      if (!computed) continue;
      if (holds(r, computed, stated)) return outcome(r, "consistent", i, computed);
      const distance = mid(computed).minus(statedPoint(r, { mode, override })).abs();
      if (mode === "interval" && (!best || distance.lt(best.distance))) best = { i, computed, distance };
    }
  }
  if (!best) return outcome(r, "unverifiable", 0, null);
  // Counts are exact: never rounded, so never truncated either.
  if (r.compare === "eq" && !r.target.exact) {
    const trunc = truncatedInterval(r);
    for (let i = 0; i < r.variants.length; i++) {
      const computed = evaluate(r.variants[i]!.expr, { mode: "interval", override });
      if (computed && meets(computed, trunc)) return outcome(r, "truncated", i, computed);
    }
  }
  return outcome(r, "inconsistent", best.i, best.computed);
}

function outcome(r: Relation, status: OutcomeStatus, i: number, computed: Interval | null): Outcome {
  const variant = r.variants[i]!;
  // The recomputed value is only shown for a discrepancy or a variant note: skip it otherwise.
  const shown = status !== "consistent" || i > 0;
  const expected = computed && shown ? expectedText(r, variant.expr) : null;
  return {
    relation: r,
    status,
    variant,
    variantIndex: i,
    computed,
    expected,
    gross: status === "inconsistent" && computed !== null && isGross(r, computed),
  };
}

/** The point recomputation from the written figures, in the target's unit and precision. */
export function expectedValue(r: Relation, e: Expr): Decimal | null {
  const v = evaluate(e, { mode: "exact" });
  if (!v) return null;
  const inUnit = v.lo.div(scaleOf(r));
  return r.direction === -1 ? inUnit.neg() : inUnit;
}

function expectedText(r: Relation, e: Expr): string | null {
  const v = expectedValue(r, e);
  if (!v) return null;
  return fixed(v, Math.max(r.target.decimals, 0));
}

/** A discrepancy that changes a conclusion: the sign, a ≤ claim, a rate on the other side of 100 %. */
function isGross(r: Relation, computed: Interval): boolean {
  if (r.compare === "le") return true;
  const stated = statedInterval(r, { mode: "interval" });
  const c = mid(computed);
  const s = mid(stated);
  if (
    !c.isZero() &&
    !s.isZero() &&
    c.isNeg() !== s.isNeg() &&
    !overlaps(computed, { lo: new D(0), hi: new D(0) })
  )
    return true;
  if (r.target.kind === "percent") {
    const one = new D(1);
    const statedAbove = stated.lo.gt(one);
    const statedBelow = stated.hi.lt(one);
    if ((statedAbove && computed.hi.lt(one)) || (statedBelow && computed.lo.gt(one))) return true;
  }
  return false;
}

/** The formula as a reader checks it, with the figures as written. */
export function formulaText(r: Relation, v: Variant): string {
  const body = render(v.expr);
  return r.target.kind === "percent" && !/%/.test(body) ? body + " × 100%" : body;
}
