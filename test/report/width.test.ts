import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/report/index.js";

describe("displayWidth", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("")).toBe(0);
    expect(displayWidth("abc 1.5%")).toBe(8);
    expect(displayWidth("资金使用率")).toBe(10);
    expect(displayWidth("资金使用率为99.26%。")).toBe(12 + 6 + 2);
    expect(displayWidth("（-8.8%）")).toBe(2 + 5 + 2);
    expect(displayWidth("９９．２６％")).toBe(12);
    expect(displayWidth("한국")).toBe(4);
    expect(displayWidth("ｶ")).toBe(1); // half-width katakana U+FF76
  });

  it("counts a non-BMP ideograph once, as two columns", () => {
    expect(displayWidth("𠀀")).toBe(2);
    expect(displayWidth("a𠀀b")).toBe(4);
    expect(displayWidth("😀")).toBe(1); // outside the listed ranges
  });

  it("treats range edges correctly", () => {
    expect(displayWidth("\u10ff")).toBe(1);
    expect(displayWidth("\u1100")).toBe(2);
    expect(displayWidth("\u115f")).toBe(2);
    expect(displayWidth("\u1160")).toBe(1);
    expect(displayWidth("\uff60")).toBe(2);
    expect(displayWidth("\uff61")).toBe(1);
    expect(displayWidth("…")).toBe(1);
  });
});
