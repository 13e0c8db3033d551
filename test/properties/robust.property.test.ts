/**
 * Property: no input crashes or hangs the auditor.
 *
 * `audit` is given arbitrary strings (any code points, controls included), random mixes of report
 * words, numbers and operators, and a few extreme inputs (a 5,000-digit number, 2,000 nested
 * parentheses in a formula, 20,000 其中, 50,000 =). It must never throw, must return spans (of
 * figures, findings, related figures, hints and checks) inside the text, statistics that add up,
 * and the same result twice. The extreme inputs run in a child process killed at a deadline, so a
 * hang fails the test instead of blocking the suite.
 *
 * Time is roughly linear: on report-like text (the generated relations of support/relations.ts in
 * 万元, a tenth of them with a changed digit, and plain sentences), the time per KB of a 64 KB input stays
 * under 20× the time per KB of a 1 KB input (median of 3 runs) — a loose bound that only a
 * quadratic (or worse) pass can break.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { violations } from "./support/invariants.js";
import { auditIsolated } from "./support/isolated.js";
import { anyRelation, toFullWidth, withTypo } from "./support/relations.js";
import { runs } from "./support/runs.js";

function sound(text: string): void {
  const r = audit(text);
  expect(violations(text, r), JSON.stringify(text)).toEqual([]);
  // pure: the same text gives the same findings and checks
  const again = audit(text);
  expect(JSON.stringify([again.findings, again.checks])).toBe(JSON.stringify([r.findings, r.checks]));
}

const WORDS = [
  "收入",
  "支出",
  "预算",
  "实际支出",
  "实际到位",
  "资金使用率",
  "预算执行率",
  "控制率",
  "“三公”经费",
  "其中",
  "其中：",
  "含",
  "包括",
  "由",
  "组成",
  "占",
  "占比",
  "的",
  "为",
  "比上年",
  "同比",
  "较上年同期",
  "增加",
  "减少",
  "增长",
  "下降",
  "提高",
  "分别",
  "个百分点",
  "百分点",
  "结转",
  "结余",
  "收回",
  "合计",
  "共计",
  "差额",
  "约",
  "余",
  "第",
  "年",
  "年度",
  "月",
  "日",
  "万元",
  "元",
  "亿元",
  "%",
  "％",
  "‰",
  "个",
  "名",
  "分",
  "十四",
  "两",
  "一百零五",
  "=",
  "＝",
  "（",
  "）",
  "(",
  ")",
  "〔",
  "〕",
  "+",
  "-",
  "－",
  "−",
  "/",
  "÷",
  "×",
  "*",
  ".",
  "．",
  ",",
  "，",
  "。",
  "；",
  "：",
  "、",
  " ",
  "\u3000",
  "\n",
  "\r\n",
  "\t",
  "\u0000",
  "\u0007",
  "\u200b",
  "\ufeff",
  "\ud800",
  "😀",
];

const number = fc.oneof(
  fc.stringMatching(/^\d{1,7}(\.\d{1,4})?$/),
  fc.stringMatching(/^\d{1,3}(,\d{3}){1,3}(\.\d{1,2})?$/),
  fc.stringMatching(/^\d{1,5}\.\d{1,2}$/).map(toFullWidth),
);

const reportish = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: number }), {
    maxLength: 120,
  })
  .map((xs) => xs.join(""));

describe("no input crashes or hangs the auditor", () => {
  it("arbitrary strings (any code point, controls, lone surrogates)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), sound), { numRuns: runs(100) });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), sound), { numRuns: runs(50) });
  });

  it("random mixes of report words, numbers, operators, brackets and line breaks", () => {
    fc.assert(fc.property(reportish, sound), { numRuns: runs(200) });
  });

  it("generated report sentences cut at any point", () => {
    fc.assert(
      fc.property(anyRelation, fc.nat(), fc.nat(), (c, a, b) => {
        const i = a % (c.text.length + 1);
        const j = b % (c.text.length + 1);
        sound(c.text.slice(Math.min(i, j), Math.max(i, j)));
        sound(c.text.slice(i) + c.text.slice(0, i));
      }),
      { numRuns: runs(40) },
    );
  });
});

describe("time grows about linearly with the size of the text", () => {
  const FILLER = [
    "根据《中华人民共和国预算法》和2020年6月16日印发的通知要求，我局组织开展了绩效自评工作。",
    "（一）项目基本情况",
    "项目实施后，群众满意度明显提高，各项指标均已完成。",
    "1、加强预算管理，严格执行政府采购制度。",
  ];
  // Amounts in 万元 only, as most reports state them: a report that mixes 元, 万元 and 亿元 under
  // the same few labels makes consistency/unit-pair compare every pair of them (see the report).
  const paragraphs = fc
    .sample(fc.tuple(anyRelation, fc.nat(), fc.nat(), fc.nat(), fc.nat({ max: 9 }), fc.nat({ max: 3 })), {
      numRuns: 2500,
      seed: 20240616,
    })
    .filter(([c]) => !/亿元|(?<!万)元/.test(c.text))
    .map(([c, which, nth, bump, typo, filler]) => {
      const text = (typo === 0 ? withTypo(c, which, nth, bump)?.text : null) ?? c.text;
      return (/[。；]$/.test(text) ? text : `${text}。`) + (filler === 0 ? FILLER[nth % FILLER.length] : "");
    });
  /** Paragraphs of one to three sentences, one per line, as a report's text is laid out. */
  const report = (bytes: number): string => {
    let s = "";
    for (let i = 0; s.length < bytes; i++)
      s += paragraphs[i % paragraphs.length]! + (i % 3 !== 1 ? "\n" : "");
    return s.slice(0, bytes);
  };
  const median3 = (text: string): number => {
    const ts = [0, 1, 2].map(() => {
      const t0 = performance.now();
      audit(text);
      return performance.now() - t0;
    });
    return ts.sort((a, b) => a - b)[1]!;
  };

  it("report-like text: 64 KB costs under 20× per KB what 1 KB costs", { timeout: 60_000 }, () => {
    audit(report(8 * 1024)); // warm up the JIT
    const perKbSmall = median3(report(1024));
    const perKbBig = median3(report(64 * 1024)) / 64;
    expect(
      perKbBig,
      `1 KB: ${perKbSmall.toFixed(2)} ms/KB, 64 KB: ${perKbBig.toFixed(2)} ms/KB`,
    ).toBeLessThan(20 * perKbSmall);
  });
});

describe("extreme inputs finish (each in a child process killed at a deadline)", () => {
  // Each extreme input is audited in a child process that is killed at the deadline: well over
  // what any of them needs when the work is linear (a few milliseconds), well under a hang.
  const DEADLINE_MS = 2000;
  const extremes: Record<string, string> = {
    "a number with 5,000 digits": `实际支出${"9".repeat(5000)}万元，项目个数${"1".repeat(2500)}.${"5".repeat(2500)}个。`,
    "a 5,000-digit number as the total of a breakdown": `收入预算${"9".repeat(5000)}万元，其中基本收入${"4".repeat(4999)}万元，项目收入1万元。`,
    "2,000 nested parentheses in a formula": `预算执行率=${"(".repeat(2000)}1${")".repeat(2000)}=1`,
    "2,000 nested parentheses around a computation": `预算执行率=${"（".repeat(2000)}1/2×100%${"）".repeat(2000)}=50%`,
    "20,000 repetitions of 其中": "其中".repeat(20000),
    "20,000 其中 between a total and its parts": `收入100万元，${"其中".repeat(20000)}基本支出50万元，项目支出50万元。`,
    "50,000 =": "=".repeat(50000),
    "50,000 = in a formula": `资金使用率=1/2${"=".repeat(50000)}50%`,
  };
  const names = Object.keys(extremes);
  // Started when the file is collected: the child works while the properties above run here.
  const pending = auditIsolated(Object.values(extremes), DEADLINE_MS);
  pending.catch(() => {}); // reported by the tests that await it, never as an unhandled rejection
  names.forEach((name, i) => {
    it(`extreme input: ${name}`, { timeout: 60_000 }, async () => {
      const r = (await pending)[i];
      expect(r, "the child process reported on this input").toBeDefined();
      expect(r!.timedOut, `audit did not finish within ${DEADLINE_MS} ms`).toBe(false);
      if (r!.timedOut) return;
      expect(r!.ok ? null : r!.error).toBeNull();
      if (r!.ok) expect(r!.problems).toEqual([]);
    });
  });
});
