/**
 * Property: numbers are read back exactly as they were written.
 *
 * An amount — an integer or a decimal with up to three decimals, with or without thousands
 * separators (12,345.67), in ASCII or full-width digits (１２３．４５), with or without a space
 * before its unit (元 万元 亿元 % ％ 个 名) — embedded in a report sentence is found by `analyze` as
 * exactly one figure: its `digits` are the canonical digit string (separators removed, full-width
 * folded, trailing zeros kept), its `value` is that decimal exactly, its unit, kind and written
 * decimals are right, and its spans cover what was written. Also: a negative rate in parentheses
 * `（-8.8%）` keeps its sign; years (2020年, 2021-2023年, 〔2021〕) and dates (6月16日) are never
 * figures; Chinese numerals in counts (十四个, 一百零五名) are read as exact counts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/extract/index.js";
import { fmt, parse, toPlain } from "./support/exact.js";
import { numberStyle, renderNumber, TextBuilder } from "./support/relations.js";
import { runs } from "./support/runs.js";

const UNITS = [
  { written: "元", unit: "元", kind: "money" },
  { written: "万元", unit: "万元", kind: "money" },
  { written: "亿元", unit: "亿元", kind: "money" },
  { written: "%", unit: "%", kind: "percent" },
  { written: "％", unit: "%", kind: "percent" },
  { written: "个", unit: "个", kind: "count" },
  { written: "名", unit: "名", kind: "count" },
] as const;

const BEFORE = ["实际支出", "本年收入为", "共有", "项目资金总投入", "完成率达到", "其中基本支出", "收到"];
const AFTER = ["，", "。", "；", "", "，比上年有所增长。", "\n下一段"];

/** 0–9 integer digits and 0–3 decimals, no superfluous leading zero. */
const digitsArb = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }))
  .chain(([intDigits, d]) =>
    fc
      .bigInt({
        min: intDigits === 1 ? 0n : 10n ** BigInt(intDigits - 1 + d),
        max: 10n ** BigInt(intDigits + d) - 1n,
      })
      .map((n) => fmt(n, d)),
  );

const CN = "零一二三四五六七八九";

/** 2 → 二 (or 两), 14 → 十四, 105 → 一百零五, 1050 → 一千零五十. */
function chinese(n: number, liang: boolean): string {
  if (n === 2 && liang) return "两";
  if (n < 10) return CN[n]!;
  let s = "";
  let gap = false;
  for (const [u, ch] of [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
  ] as const) {
    const k = Math.floor(n / u) % 10;
    if (k > 0) {
      if (gap) s += "零";
      gap = false;
      s += u === 10 && k === 1 && s === "" ? "十" : CN[k]! + ch;
    } else if (s !== "") gap = true;
  }
  const ones = n % 10;
  if (ones > 0) s += (gap ? "零" : "") + CN[ones]!;
  return s;
}

describe("figures are read back exactly as written", () => {
  it("an amount in a sentence is one figure with its digits, value, unit, decimals and spans", () => {
    fc.assert(
      fc.property(
        digitsArb,
        numberStyle,
        fc.constantFrom(...UNITS),
        fc.constantFrom("", " ", "  ", "\u3000"),
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...AFTER),
        (digits, style, u, space, before, after) => {
          const written = renderNumber(digits, style);
          const text = before + written + space + u.written + after;
          const figs = analyze(text).figures;
          expect(figs.length, text).toBe(1);
          const f = figs[0]!;
          expect(f.digits).toBe(digits);
          expect(f.value.toFixed()).toBe(toPlain(parse(digits)));
          expect(f.unit).toBe(u.unit);
          expect(f.kind).toBe(u.kind);
          expect(f.decimals).toBe(digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0);
          expect(text.slice(f.numberSpan.start, f.numberSpan.end)).toBe(written);
          expect(text.slice(f.span.start, f.span.end)).toBe(written + space + u.written);
          expect(f.raw).toBe(written + space + u.written);
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it("a negative rate in parentheses keeps its sign: 比一季度（-8.8%）", () => {
    fc.assert(
      fc.property(
        digitsArb.filter((d) => /[1-9]/.test(d)),
        fc.constantFrom("-", "－", "−", "﹣"),
        fc.constantFrom(["（", "）"], ["(", ")"]),
        fc.boolean(),
        (digits, minus, [open, close], wide) => {
          const b = new TextBuilder().put(`增长5.4%，比一季度${open}${minus}`);
          const n = b.num(digits, wide ? "％" : "%", { fullWidth: wide, grouped: false });
          b.put(`${close}提高`);
          const text = b.text;
          const f = analyze(text).figures.find((x) => x.span.start >= n.start - 1);
          expect(f, text).toBeDefined();
          expect(f!.digits).toBe(`-${digits}`);
          expect(f!.value.toFixed()).toBe(toPlain(parse(`-${digits}`)));
          expect(f!.unit).toBe("%");
          expect(text.slice(f!.numberSpan.start, f!.numberSpan.end)).toBe(minus + text.slice(n.start, n.end));
          expect(text.slice(f!.span.start, f!.span.end)).toBe(minus + text.slice(n.start, n.unitEnd));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("years and dates are never figures", () => {
    const year = fc.integer({ min: 1900, max: 2099 });
    const month = fc.integer({ min: 1, max: 12 });
    const day = fc.integer({ min: 1, max: 31 });
    const date = fc.oneof(
      year.map((y) => `${y}年`),
      year.map((y) => `${y}年度`),
      year.map((y) => `${y} 年`),
      fc.tuple(year, fc.integer({ min: 1, max: 5 })).map(([y, k]) => `${y}-${Math.min(2099, y + k)}年`),
      fc.tuple(year, fc.integer({ min: 1, max: 5 })).map(([y, k]) => `${y}至${Math.min(2099, y + k)}年`),
      year.map((y) => `〔${y}〕`),
      year.map((y) => `（${y}）`),
      fc.tuple(month, day).map(([m, d]) => `${m}月${d}日`),
      fc.tuple(year, month, day).map(([y, m, d]) => `${y}年${m}月${d}日`),
      fc.tuple(year, month).map(([y, m]) => `${y}年${m}月`),
      fc.tuple(month, month).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}月`),
    );
    fc.assert(
      fc.property(
        date,
        fc.boolean(),
        fc.constantFrom("截至", "根据", "于", "", "在"),
        fc.constantFrom("，", "。", "底，", "召开会议。"),
        (d, wide, before, after) => {
          const written = wide
            ? d.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
            : d;
          const text = before + written + after;
          expect(
            analyze(text).figures.map((f) => f.raw),
            text,
          ).toEqual([]);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("Chinese numerals in counts are exact counts: 十四个 → 14", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9999 }),
        fc.boolean(),
        fc.constantFrom("个", "项", "名", "家"),
        fc.constantFrom("设有", "共", "下设", "包括"),
        (n, liang, counter, before) => {
          const cn = chinese(n, liang);
          const text = `${before}${cn}${counter}内设机构。`;
          const figs = analyze(text).figures;
          expect(
            figs.map((f) => f.raw),
            text,
          ).toEqual([cn + counter]);
          const f = figs[0]!;
          expect(f.value.toFixed()).toBe(String(n));
          expect(f.digits).toBe(String(n));
          expect(f.unit).toBe(counter);
          expect(f.kind).toBe("count");
          expect(f.decimals).toBe(-1);
          expect(f.exact).toBe(true);
          expect(text.slice(f.numberSpan.start, f.numberSpan.end)).toBe(cn);
          expect(text.slice(f.span.start, f.span.end)).toBe(cn + counter);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
