/**
 * An exact reference arithmetic for the property tests, independent of decimal.js and of src/:
 * rationals over BigInt, closed intervals of rationals, half-up rounding (half away from zero, as
 * design.md §3 and `fixed` mean it) and the interval a written figure stands for.
 */

/** A rational number n / d with d > 0 (not necessarily reduced). */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

export interface QInterval {
  readonly lo: Q;
  readonly hi: Q;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
export const pow10 = (k: number): bigint => 10n ** BigInt(k);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y) [x, y] = [y, x % y];
  return x || 1n;
}

function norm(n: bigint, d: bigint): Q {
  if (d === 0n) throw new RangeError("division by zero");
  if (d < 0n) return norm(-n, -d);
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export const q = (n: bigint, d = 1n): Q => norm(n, d);

/** Parses a plain decimal string such as `-12.345` or `7`. */
export function parse(s: string): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not a plain decimal: ${s}`);
  const frac = m[3] ?? "";
  const n = BigInt(m[2]! + frac);
  return norm(m[1] ? -n : n, pow10(frac.length));
}

export const add = (a: Q, b: Q): Q => norm(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => norm(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => norm(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => norm(a.n * b.d, a.d * b.n);
export const neg = (a: Q): Q => ({ n: -a.n, d: a.d });
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const isZero = (a: Q): boolean => a.n === 0n;

/** Decimals written in a plain decimal string. */
export function decimalsOf(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Formats the integer `n` scaled by 10^-d: fmt(12345n, 2) = "123.45", fmt(-5n, 2) = "-0.05". */
export function fmt(n: bigint, d: number): string {
  const sign = n < 0n ? "-" : "";
  const s = abs(n)
    .toString()
    .padStart(d + 1, "0");
  return d > 0 ? `${sign}${s.slice(0, s.length - d)}.${s.slice(s.length - d)}` : sign + s;
}

/** Rounds half away from zero to `d` ≥ 0 decimals and prints it; never prints "-0". */
export function roundHalfUp(x: Q, d: number): string {
  const num = abs(x.n) * pow10(d);
  let r = num / x.d;
  if ((num % x.d) * 2n >= x.d) r += 1n;
  return fmt(x.n < 0n && r !== 0n ? -r : r, d);
}

/**
 * An amount rounded to `d` decimals as a report writes it: a nonzero amount that would print as a
 * bare 0 keeps two decimals, since a bare 0 beside amounts with decimals reads as exactly nothing
 * (src/extract/figures.ts).
 */
export function roundAmount(x: Q, d: number): string {
  const r = roundHalfUp(x, d);
  return /^-?0+$/.test(r) && x.n !== 0n ? roundHalfUp(x, Math.max(d, 2)) : r;
}

/** Exact decimal expansion of a rational whose denominator divides a power of ten. */
export function toPlain(x: Q): string {
  for (let d = 0; d <= 60; d++) {
    const scaled = x.n * pow10(d);
    if (scaled % x.d === 0n) return fmt(scaled / x.d, d);
  }
  throw new Error("not a terminating decimal");
}

export const point = (v: Q): QInterval => ({ lo: v, hi: v });

/** Half a unit of the last written decimal. */
export const halfUlp = (decimals: number): Q => q(5n, pow10(decimals + 1));

/** The interval a written value stands for; exact figures (counts, constants) are points. */
export function writtenQ(digits: string, exact = false): QInterval {
  const v = parse(digits);
  if (exact) return point(v);
  const h = halfUlp(decimalsOf(digits));
  return { lo: sub(v, h), hi: add(v, h) };
}

/** The interval `digits` stands for when it claims `decimals` decimals (-1: exact). */
export function writtenAt(digits: string, decimals: number): QInterval {
  const v = parse(digits);
  if (decimals < 0) return point(v);
  const h = halfUlp(decimals);
  return { lo: sub(v, h), hi: add(v, h) };
}

/** The interval a stated value stands for when the author cut it instead of rounding it. */
export function truncatedQ(digits: string): QInterval {
  const v = parse(digits);
  const unit = q(1n, pow10(decimalsOf(digits)));
  return v.n >= 0n ? { lo: v, hi: add(v, unit) } : { lo: sub(v, unit), hi: v };
}

const min = (xs: Q[]): Q => xs.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
const max = (xs: Q[]): Q => xs.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));

export const iadd = (a: QInterval, b: QInterval): QInterval => ({ lo: add(a.lo, b.lo), hi: add(a.hi, b.hi) });
export const isub = (a: QInterval, b: QInterval): QInterval => ({ lo: sub(a.lo, b.hi), hi: sub(a.hi, b.lo) });
export const ineg = (a: QInterval): QInterval => ({ lo: neg(a.hi), hi: neg(a.lo) });
export function imul(a: QInterval, b: QInterval): QInterval {
  const xs = [mul(a.lo, b.lo), mul(a.lo, b.hi), mul(a.hi, b.lo), mul(a.hi, b.hi)];
  return { lo: min(xs), hi: max(xs) };
}
export function idiv(a: QInterval, b: QInterval): QInterval | null {
  if (cmp(b.lo, q(0n)) <= 0 && cmp(b.hi, q(0n)) >= 0) return null;
  const xs = [div(a.lo, b.lo), div(a.lo, b.hi), div(a.hi, b.lo), div(a.hi, b.hi)];
  return { lo: min(xs), hi: max(xs) };
}
export const iscale = (a: QInterval, k: Q): QInterval => imul(a, point(k));
export const overlapsQ = (a: QInterval, b: QInterval): boolean =>
  cmp(a.lo, b.hi) <= 0 && cmp(b.lo, a.hi) <= 0;
export const inside = (a: QInterval, v: Q): boolean => cmp(a.lo, v) <= 0 && cmp(v, a.hi) <= 0;
