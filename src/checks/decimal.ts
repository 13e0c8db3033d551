/**
 * The one configured Decimal constructor and the interval arithmetic every check uses.
 *
 * A written figure claims a precision: `99.07` stands for [99.065, 99.075]. Relations are
 * recomputed over such intervals with exact decimals (design.md §3); never through binary floats.
 */
import { Decimal as DecimalJs } from "decimal.js";

export const D = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof D>;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

/** A closed interval [lo, hi] of exact decimals. */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

export const point = (v: Decimal): Interval => ({ lo: v, hi: v });

const HALF_ULPS: Decimal[] = [];

/** Half a unit of the last written decimal: 0.005 for 2 decimals, 0.5 for 0. */
export function halfUlp(decimals: number): Decimal {
  let h = HALF_ULPS[decimals];
  if (!h) {
    h = new D(`5e-${decimals + 1}`);
    if (decimals >= 0 && decimals < 64) HALF_ULPS[decimals] = h;
  }
  return h;
}

/** The interval a written value stands for, given the decimals written. */
export function written(value: Decimal, decimals: number): Interval {
  if (decimals < 0) return point(value);
  const h = halfUlp(decimals);
  return { lo: value.minus(h), hi: value.plus(h) };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function neg(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg() };
}

function hull(values: Decimal[]): Interval {
  let lo = values[0]!;
  let hi = values[0]!;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return { lo, hi };
}

export function mul(a: Interval, b: Interval): Interval {
  return hull([a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)]);
}

/** Division; null when the divisor interval contains zero (the quotient is unbounded). */
export function div(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  return hull([a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)]);
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function contains(a: Interval, v: Decimal): boolean {
  return a.lo.lte(v) && v.lte(a.hi);
}

export function mid(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}

export function imin(a: Interval, b: Interval): Interval {
  return { lo: D.min(a.lo, b.lo), hi: D.min(a.hi, b.hi) };
}

export function imax(a: Interval, b: Interval): Interval {
  return { lo: D.max(a.lo, b.lo), hi: D.max(a.hi, b.hi) };
}

export function iabs(a: Interval): Interval {
  if (a.lo.gte(0)) return a;
  if (a.hi.lte(0)) return neg(a);
  return { lo: ZERO, hi: D.max(a.lo.neg(), a.hi) };
}

/** Rounds half-up to `decimals` places and prints without exponent, e.g. 99.2154 → "99.22". */
export function fixed(v: Decimal, decimals: number): string {
  const s = v.toFixed(Math.max(0, decimals), D.ROUND_HALF_UP);
  return s === "-0" || /^-0\.0*$/.test(s) ? s.slice(1) : s;
}
