/**
 * Property: a consistent relation gives no finding.
 *
 * Each generator (support/relations.ts) writes a relation the built-in rules understand — parts
 * and total, shares of a total, a change against last year, a written formula, a balance,
 * percentage points — with every stated result computed exactly and rounded half-up at the
 * precision it is written with. Whatever the numbers, the precisions, the digits' width or the
 * thousands separators, the auditor must raise no error or warning, and must record the relation
 * as a consistent check of the right rule at the stated result (unless the operands' own precision
 * leaves it undefined, e.g. a divisor whose interval contains zero: then it may not be verified).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import type { AuditResult } from "../../src/types.js";
import { balance, type Case, change, formula, points, shares, sumParts } from "./support/relations.js";
import { runs } from "./support/runs.js";

function noDiscrepancy(text: string, r: AuditResult): void {
  const found = r.findings
    .filter((f) => f.severity !== "info")
    .map(
      (f) => `${f.severity} ${f.ruleId} at ${text.slice(f.span.start, f.span.end)}: expected ${f.expected}`,
    );
  expect(found, text).toEqual([]);
}

function checkedConsistent(c: Case, text: string, r: AuditResult, offset = 0): void {
  for (const t of c.targets) {
    if (t.computed.length === 0) continue; // the operands' precision leaves it undefined
    const start = t.fig.start + offset;
    const end = t.fig.unitEnd + offset;
    const own = r.checks.filter((k) => k.ruleId === t.ruleId && k.span.start === start && k.span.end === end);
    expect(
      own.map((k) => k.status),
      `${t.ruleId} check of ${text.slice(start, end)} in ${text}`,
    ).toContain("consistent");
  }
}

function holds(c: Case): void {
  const r = audit(c.text);
  noDiscrepancy(c.text, r);
  checkedConsistent(c, c.text, r);
}

const RUNS = runs(100);

describe("a generated consistent sentence gives no finding", () => {
  it("parts and total: …预算为T万元，其中A为a万元，B为b万元。", () => {
    fc.assert(fc.property(sumParts, holds), { numRuns: RUNS });
  });

  it("shares: …支出预算T万元，其中：A a万元，占p%；B b万元，占q%。", () => {
    fc.assert(fc.property(shares({ ascending: false }), holds), { numRuns: RUNS });
  });

  it("change: …c万元，比上年o万元增加d万元，增长r%。 (and 减少/下降, 同比)", () => {
    fc.assert(fc.property(change, holds), { numRuns: RUNS });
  });

  it("written formula: X=a/b×100%=r% / X=（a+b）/c×100%=r% / a+b=c元", () => {
    fc.assert(fc.property(formula, holds), { numRuns: RUNS });
  });

  it("balance: 总投入a万元，实际总支出b万元，（统筹收回w万元，）结转结余c万元。", () => {
    fc.assert(fc.property(balance, holds), { numRuns: RUNS });
  });

  it("percentage points: 增长x%，比上年（y%）提高z个百分点 (and 分别…、…和…个百分点)", () => {
    fc.assert(fc.property(points, holds), { numRuns: RUNS });
  });

  it("a report of such paragraphs, one per line, gives no finding either", () => {
    const relation = fc.oneof(sumParts, shares({ ascending: false }), change, formula, balance, points);
    fc.assert(
      fc.property(fc.array(relation, { minLength: 2, maxLength: 5 }), (cases) => {
        const offsets: number[] = [];
        let text = "";
        for (const c of cases) {
          offsets.push(text.length);
          // A line that ends without punctuation may be read as wrapped (PDF text): end it.
          text += c.text + (/[。；]$/.test(c.text) ? "\n" : "。\n");
        }
        const r = audit(text);
        noDiscrepancy(text, r);
        cases.forEach((c, k) => {
          checkedConsistent(c, text, r, offsets[k]!);
        });
      }),
      { numRuns: runs(60) },
    );
  });
});

/** k ÷ n × 100 written with `d` decimals, rounded half up (BigInt, independent of src/). */
function percentText(k: number, n: number, d: number, offset: number): string {
  const scale = 10n ** BigInt(d);
  const num = BigInt(k) * 100n * scale;
  const units = (2n * num + BigInt(n)) / (2n * BigInt(n)) + BigInt(offset);
  const s = units.toString().padStart(d + 1, "0");
  return d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`;
}

describe("rounding at the boundary (design.md §3: a written value is a half-open interval)", () => {
  // Denominators that make exact halves: 1 ÷ 8 = 12.5 %, 1 ÷ 16 = 6.25 %, 1 ÷ 80 = 1.25 % …
  const counts = fc
    .tuple(
      fc.constantFrom(2, 4, 8, 16, 40, 80, 400),
      fc.integer({ min: 1, max: 399 }),
      fc.integer({ min: 0, max: 2 }),
    )
    .filter(([n, k]) => k < n);

  it("a share of counts rounded half up holds; one unit less never holds silently", () => {
    fc.assert(
      fc.property(counts, ([n, k, d]) => {
        const good = `共开展${n}个项目，其中${k}个项目已完成，占${percentText(k, n, d, 0)}%。`;
        const r = audit(good);
        noDiscrepancy(good, r);
        expect(r.checks.some((c) => c.ruleId === "share/of-total" && c.status === "consistent")).toBe(true);
        const low = percentText(k, n, d, -1);
        if (low.startsWith("-")) return;
        const bad = `共开展${n}个项目，其中${k}个项目已完成，占${low}%。`;
        // Cut instead of rounded (info), or wrong (warning/error): never a silent pass.
        expect(audit(bad).findings.some((f) => f.ruleId === "share/of-total")).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
