/**
 * Property: interval arithmetic is sound, and `fixed` rounds half-up.
 *
 * For decimals x and y written with random precisions, every point of `written(x)` combined with
 * every point of `written(y)` — sampled at both endpoints and at a random interior point, as
 * Decimals — lies inside the interval `add`/`sub`/`mul`/`div` return. The sum, difference and
 * product are exact and agree with an independent BigInt-rational reference; the quotient is
 * rounded to the configured 40 significant digits, which is monotone, so the rounded quotient of
 * any point pair still lies between the rounded endpoints. `div` returns null exactly when the
 * divisor interval contains zero. `fixed(v, d)` agrees with a BigInt reference that rounds half
 * away from zero (ROUND_HALF_UP) and never prints "-0".
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  contains,
  D,
  type Decimal,
  div,
  fixed,
  type Interval,
  mul,
  overlaps,
  sub,
  written,
} from "../../src/checks/decimal.js";
import {
  decimalsOf,
  fmt,
  iadd,
  imul,
  isub,
  overlapsQ,
  parse,
  roundHalfUp,
  toPlain,
  writtenAt,
} from "./support/exact.js";
import { runs } from "./support/runs.js";

/** A signed decimal string with up to 9 integer digits and 0–4 decimals, often small. */
const decimalText = fc
  .tuple(
    fc.oneof(
      fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }),
      fc.bigInt({ min: -2000n, max: 2000n }),
      fc.bigInt({ min: -20n, max: 20n }),
    ),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([n, d]) => fmt(n, d));

/** A written figure: its value and the decimals it claims (-1: exact, as counts are). */
const figure = fc
  .tuple(decimalText, fc.integer({ min: -1, max: 4 }), fc.boolean())
  .map(([text, d, own]) => ({ text, decimals: own ? decimalsOf(text) : d }));

type Fig = { text: string; decimals: number };

const iv = (f: Fig): Interval => written(new D(f.text), f.decimals);

/** Endpoints and one interior point (lo + (hi − lo)·k/997) of an interval. */
function samples(i: Interval, k: number): Decimal[] {
  return [i.lo, i.hi, i.lo.plus(i.hi.minus(i.lo).times(k).div(997))];
}

const inside = (i: Interval, v: Decimal): boolean => contains(i, v);
const asText = (i: Interval | null) => (i ? `[${i.lo.toFixed()}, ${i.hi.toFixed()}]` : "null");

describe("interval arithmetic is sound", () => {
  it("every point of x op every point of y lies inside op(written(x), written(y))", () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.integer({ min: 0, max: 997 }),
        fc.integer({ min: 0, max: 997 }),
        (x, y, i, j) => {
          const a = iv(x);
          const b = iv(y);
          const ops = [
            ["add", add(a, b), (u: Decimal, v: Decimal) => u.plus(v)],
            ["sub", sub(a, b), (u: Decimal, v: Decimal) => u.minus(v)],
            ["mul", mul(a, b), (u: Decimal, v: Decimal) => u.times(v)],
          ] as const;
          for (const u of samples(a, i))
            for (const v of samples(b, j))
              for (const [name, r, f] of ops) {
                const p = f(u, v);
                expect(inside(r, p), `${u} ${name} ${v} = ${p} in ${asText(r)}`).toBe(true);
              }
          const q = div(a, b);
          const zeroInDivisor = b.lo.lte(0) && b.hi.gte(0);
          expect(q === null, `div by ${asText(b)} is null iff it contains 0`).toBe(zeroInDivisor);
          if (q)
            for (const u of samples(a, i))
              for (const v of samples(b, j)) {
                const p = u.div(v);
                expect(inside(q, p), `${u} / ${v} = ${p} in ${asText(q)}`).toBe(true);
              }
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("add, sub and mul are exact: they equal the BigInt-rational reference", () => {
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        const a = iv(x);
        const b = iv(y);
        const qa = writtenAt(x.text, x.decimals);
        const qb = writtenAt(y.text, y.decimals);
        // written() itself: value ± half a unit of the last written decimal
        expect([a.lo.toFixed(), a.hi.toFixed()]).toEqual([toPlain(qa.lo), toPlain(qa.hi)]);
        for (const [r, ref] of [
          [add(a, b), iadd(qa, qb)],
          [sub(a, b), isub(qa, qb)],
          [mul(a, b), imul(qa, qb)],
        ] as const) {
          expect([r.lo.toFixed(), r.hi.toFixed()]).toEqual([toPlain(ref.lo), toPlain(ref.hi)]);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it("div returns null when the divisor interval contains zero", () => {
    const nearZero = fc
      .tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 0, max: 3 }))
      .map(([n, d]) => ({ text: fmt(BigInt(n), d), decimals: Math.max(0, d - 1) }));
    fc.assert(
      fc.property(figure, nearZero, (x, y) => {
        const b = iv(y);
        const contains0 = b.lo.lte(0) && b.hi.gte(0);
        expect(div(iv(x), b) === null).toBe(contains0);
      }),
      { numRuns: runs(300) },
    );
  });

  it("overlaps(a, b) holds exactly when the intervals share a point", () => {
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        const a = iv(x);
        const b = iv(y);
        const ref = overlapsQ(writtenAt(x.text, x.decimals), writtenAt(y.text, y.decimals));
        expect(overlaps(a, b)).toBe(ref);
        expect(overlaps(b, a)).toBe(ref);
        // a shared point: the larger lower bound
        const p = a.lo.gt(b.lo) ? a.lo : b.lo;
        expect(contains(a, p) && contains(b, p)).toBe(ref);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("fixed(v, d) rounds half-up", () => {
  /** Values with more decimals than asked for, and many exact ties (…5 at the first cut digit). */
  const value = fc.oneof(
    fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 9 })),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }), fc.integer({ min: 1, max: 6 }))
      .map(([n, d]) => [n * 10n + (n < 0n ? -5n : 5n), d] as [bigint, number]),
  );
  it("agrees with a BigInt reference (ties away from zero, no -0)", () => {
    fc.assert(
      fc.property(value, fc.integer({ min: -2, max: 8 }), ([n, scale], d) => {
        const text = fmt(n, scale);
        const got = fixed(new D(text), d);
        const want = roundHalfUp(parse(text), Math.max(0, d));
        expect(got, `fixed(${text}, ${d})`).toBe(want);
      }),
      { numRuns: runs(500) },
    );
  });

  it("a value written at d decimals prints as written; its interval's ends round away from zero", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.integer({ min: 0, max: 6 }),
        (n, d) => {
          const text = fmt(n, d);
          expect(fixed(new D(text), d)).toBe(text);
          const { lo, hi } = written(new D(text), d);
          // v ± half a unit is a tie: it rounds away from zero
          expect(fixed(hi, d), `fixed(${hi.toFixed()}, ${d})`).toBe(fmt(n >= 0n ? n + 1n : n, d));
          expect(fixed(lo, d), `fixed(${lo.toFixed()}, ${d})`).toBe(fmt(n > 0n ? n : n - 1n, d));
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
