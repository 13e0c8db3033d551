/**
 * "A generated consistent report with random variants of the catalog's sentences yields no
 * finding" (issue 3): amounts are drawn at random, each rate is computed exactly and rounded
 * half-up at two decimals, and the sentence is written in one of the wordings and formula variants
 * the catalog accepts. gouji must confirm the rate (a consistent check of its rule) and flag nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { D, fixed } from "../../src/checks/decimal.js";

const amount = fc.integer({ min: 10_000, max: 99_999_999 }).map((n) => new D(n).div(100)); // 100.00 … 999999.99
const pct = (num: InstanceType<typeof D>, den: InstanceType<typeof D>) => fixed(num.div(den).times(100), 2);
const money = (v: InstanceType<typeof D>) => fixed(v, 2);

interface Case {
  rule: string;
  text: string;
}

const fundUsage = fc
  .tuple(
    amount,
    fc.integer({ min: 50, max: 100 }),
    fc.integer({ min: 0, max: 20 }),
    fc.boolean(),
    fc.constantFrom("资金使用率", "实际支出率"),
  )
  .map(([received, spentPct, withdrawnPct, withVariant, name]): Case => {
    const withdrawn = received.times(withdrawnPct).div(100).toDecimalPlaces(2);
    const base = withVariant ? received.minus(withdrawn) : received;
    const spent = base.times(spentPct).div(100).toDecimalPlaces(2);
    const rate = pct(spent, base);
    const text = withVariant
      ? `收到预算资金${money(received)}万元，实际支出${money(spent)}万元，财政统筹收回${money(withdrawn)}万元，${name}为${rate}%。`
      : `实际到位资金${money(received)}万元，实际支出${money(spent)}万元，${name}为${rate}%。`;
    return { rule: "rate/fund-usage", text };
  })
  .filter((c) => !/收回0\.00万元/.test(c.text));

const control = fc
  .tuple(amount, fc.integer({ min: 1, max: 100 }), fc.constantFrom("“三公”经费", "“公用经费”"))
  .map(([budget, usedPct, what]): Case => {
    const actual = budget.times(usedPct).div(100).toDecimalPlaces(2);
    return {
      rule: "rate/control",
      text: `〈1〉${what}控制率。${what}预算安排数${money(budget)}万元，实际支出数${money(actual)}万元，控制率${pct(actual, budget)}%。`,
    };
  });

const assets = fc.tuple(amount, fc.integer({ min: 1, max: 100 })).map(([total, usePct]): Case => {
  const inUse = total.times(usePct).div(100).toDecimalPlaces(2);
  return {
    rule: "rate/asset-utilization",
    text: `固定资产总额${money(total)}万元，实际在用固定资产总额${money(inUse)}万元，固定资产利用率${pct(inUse, total)}%。`,
  };
});

const staff = fc
  .tuple(fc.integer({ min: 20, max: 900 }), fc.integer({ min: 50, max: 100 }))
  .map(([posts, fillPct]): Case => {
    const inPost = Math.max(1, Math.floor((posts * fillPct) / 100));
    return {
      rule: "rate/staff-control",
      text: `核定编制数${posts}人，年末实有在职人员${inPost}人，在职人员控制率${pct(new D(inPost), new D(posts))}%。`,
    };
  });

const carryChange = fc.tuple(amount, amount).map(
  ([prev, cur]): Case => ({
    rule: "rate/carryover-change",
    text: `上年末结转结余资金${money(prev)}元，本年末结转结余资金${money(cur)}元，结转结余变动率${pct(cur.minus(prev), prev)}%。`,
  }),
);

const procurement = fc.tuple(amount, fc.integer({ min: 60, max: 100 })).map(([plan, donePct]): Case => {
  const actual = plan.times(donePct).div(100).toDecimalPlaces(2);
  return {
    rule: "rate/procurement",
    text: `政府采购计划金额${money(plan)}万元，实际采购金额${money(actual)}万元，政府采购执行率${pct(actual, plan)}%。`,
  };
});

describe("catalog sentences with random figures and variants", () => {
  it("are confirmed by their rule and give no warning or error", () => {
    fc.assert(
      fc.property(fc.oneof(fundUsage, control, assets, staff, carryChange, procurement), (c) => {
        const r = audit(c.text);
        expect(
          r.findings.filter((f) => f.severity !== "info"),
          c.text,
        ).toEqual([]);
        expect(
          r.checks.some((k) => k.ruleId === c.rule && k.status === "consistent"),
          c.text,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
