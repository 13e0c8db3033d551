/**
 * Property: one digit changed in a consistent relation gives a finding at that figure.
 *
 * The consistent sentences of support/relations.ts are taken and one digit of a stated result
 * (the total, a share, the difference, the rate, the formula's value, the balance, the points) is
 * changed. When the reference model says the changed value is outside what the operands allow —
 * beyond its rounding tolerance, and not explained by truncation either — the auditor must report
 * an error or a warning whose span covers that figure.
 *
 * The hint (design.md §4) is checked only where it is sound to: the engine tries the stated figure
 * first, so when the reference finds exactly one single-slip fix of the changed figure (among those
 * keeping its precision, else among all), the hint must name that figure's number span and read
 * that fix — the original digits whenever the original is that unique fix. When the fix is not
 * unique (wide operands, a coarse precision, several prefixes of a breakdown), the hint may name
 * another figure or be absent, but it never names the changed figure with a value that does not
 * make the relation hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { slips } from "../../src/checks/hint.js";
import { decimalsOf } from "./support/exact.js";
import {
  balance,
  type Case,
  change,
  formula,
  points,
  shares,
  statusOf,
  sumPartsOf,
  withTypo,
} from "./support/relations.js";
import { runs } from "./support/runs.js";

/** A case, which target, which digit, and by how much it changes. */
const typoOf = (cases: fc.Arbitrary<Case>) =>
  fc.tuple(cases, fc.nat(), fc.nat(), fc.nat()).map(([c, which, nth, bump]) => withTypo(c, which, nth, bump));

function flagged(typo: ReturnType<typeof withTypo>): void {
  if (!typo) return; // the change would write a leading zero
  const { text, target, digits } = typo;
  const status = statusOf(target, digits);
  if (status !== "inconsistent") return; // within tolerance (or cut off): nothing to find
  const fig = target.fig;
  const at = text.slice(fig.start, fig.unitEnd);
  const r = audit(text);
  const covering = r.findings.filter(
    (f) => f.severity !== "info" && f.span.start <= fig.start && fig.unitEnd <= f.span.end,
  );
  expect(
    covering.length,
    `an error or warning at ${at} in ${text}; got ${JSON.stringify(
      r.findings.map((f) => [f.severity, f.messageId, text.slice(f.span.start, f.span.end), f.expected]),
    )}`,
  ).toBeGreaterThan(0);
  const own = covering.find((f) => f.ruleId === target.ruleId) ?? covering[0]!;

  const fixes = slips(digits).filter((s) => statusOf(target, s.text) === "consistent");
  const same = fixes.filter((s) => decimalsOf(s.text) === decimalsOf(digits));
  const unique = same.length === 1 ? same[0] : fixes.length === 1 ? fixes[0] : undefined;
  const hint = own.hint;
  const namesFigure = hint !== null && hint.span.start === fig.start && hint.span.end === fig.end;
  if (unique) {
    expect(hint, `a hint for ${at} in ${text} (the one fix is ${unique.text})`).not.toBeNull();
    expect(namesFigure, `the hint names ${at}: ${JSON.stringify(hint)}`).toBe(true);
    expect(hint!.written).toBe(digits);
    expect(hint!.probably).toBe(unique.text);
    if (unique.text === fig.digits) expect(hint!.probably).toBe(fig.digits);
  } else if (namesFigure) {
    expect(
      fixes.map((s) => s.text),
      `the hint ${hint!.written}→${hint!.probably} makes the relation hold`,
    ).toContain(hint!.probably);
  }
}

const RUNS = runs(100);

describe("one digit changed in a consistent relation gives a finding at that figure", () => {
  it("parts and total in money: the total changed", () => {
    fc.assert(fc.property(typoOf(sumPartsOf({ counts: false })), flagged), { numRuns: RUNS });
  });

  it("parts and total in people (exact counts): the total changed", () => {
    // Counts are exact: a total one short of its parts is a discrepancy, not a truncation.
    fc.assert(fc.property(typoOf(sumPartsOf({ counts: true })), flagged), { numRuns: RUNS });
  });

  it("shares: a share changed", () => {
    // Parts in ascending order: no earlier part is larger than a later one, so the total is the
    // only amount a share can be of (a changed share is never explained by another total).
    fc.assert(fc.property(typoOf(shares({ ascending: true })), flagged), { numRuns: RUNS });
  });

  it("change: the difference or the rate changed", () => {
    fc.assert(fc.property(typoOf(change), flagged), { numRuns: RUNS });
  });

  it("written formula: the result changed", () => {
    fc.assert(fc.property(typoOf(formula), flagged), { numRuns: RUNS });
  });

  it("balance: what is left changed", () => {
    fc.assert(fc.property(typoOf(balance), flagged), { numRuns: RUNS });
  });

  it("percentage points: the points changed", () => {
    fc.assert(fc.property(typoOf(points), flagged), { numRuns: RUNS });
  });

  it("the original is always among the single slips of the changed digits", () => {
    const digits = fc
      .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 4 }))
      .map(([n, d]) => {
        const s = (n < 0n ? -n : n).toString().padStart(d + 1, "0");
        return (n < 0n ? "-" : "") + (d > 0 ? `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}` : s);
      });
    fc.assert(
      fc.property(digits, fc.nat(), fc.integer({ min: 1, max: 9 }), (original, nth, bump) => {
        const positions = [...original].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
        const at = positions[nth % positions.length]!;
        const changed = original.slice(0, at) + ((Number(original[at]) + bump) % 10) + original.slice(at + 1);
        if (/^-?0\d/.test(changed)) return;
        const found = slips(changed).filter((s) => s.text === original);
        expect(found.map((s) => s.slip)).toEqual(["digit"]);
        // and nothing is offered twice, nor the written value itself
        const texts = slips(changed).map((s) => s.text);
        expect(new Set(texts).size).toBe(texts.length);
        expect(texts).not.toContain(changed);
      }),
      { numRuns: runs(300) },
    );
  });
});
