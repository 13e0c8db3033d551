import { describe, expect, it } from "vitest";
import { LineIndex, toPoint } from "../../src/report/index.js";
import { LINE, LINE_START, RATE_START, SENTENCE, TEXT } from "./helpers.js";

describe("toPoint and LineIndex", () => {
  const text = "first\nsecond\r\nthird";

  it("gives 1-based line and column on the first and last line", () => {
    const index = new LineIndex(text);
    for (const point of [toPoint, (t: string, o: number) => new LineIndex(t).point(o)]) {
      expect(point(text, 0)).toEqual({ line: 1, column: 1, offset: 0 });
      expect(point(text, 4)).toEqual({ line: 1, column: 5, offset: 4 });
      expect(point(text, text.indexOf("third"))).toEqual({ line: 3, column: 1, offset: 14 });
      expect(point(text, text.length)).toEqual({ line: 3, column: 6, offset: text.length });
    }
    expect(index.lineCount).toBe(3);
    expect(index.lineText(1)).toBe("first");
    expect(index.lineText(3)).toBe("third");
  });

  it("puts the newline on the line it ends and clamps offsets", () => {
    const index = new LineIndex(text);
    expect(index.point(5)).toEqual({ line: 1, column: 6, offset: 5 }); // the "\n" of line 1
    expect(index.point(6)).toEqual({ line: 2, column: 1, offset: 6 });
    expect(index.point(-3)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(999)).toEqual({ line: 3, column: 6, offset: text.length });
    expect(toPoint(text, 999)).toEqual(index.point(999));
  });

  it("drops the \\r of a CRLF from the line text but counts it in offsets", () => {
    const index = new LineIndex(text);
    expect(index.lineText(2)).toBe("second");
    expect(index.lineStart(2)).toBe(6);
    expect(index.lineEnd(2)).toBe(12);
    expect(index.lineStart(3)).toBe(14);
    expect(index.point(12)).toEqual({ line: 2, column: 7, offset: 12 }); // the "\r"
    const crlf = "a\r\nb\r\n";
    const i2 = new LineIndex(crlf);
    expect([i2.lineText(1), i2.lineText(2), i2.lineText(3)]).toEqual(["a", "b", ""]);
    expect(i2.lineCount).toBe(3);
  });

  it("keeps a lone \\r inside the line", () => {
    const index = new LineIndex("a\rb\nc");
    expect(index.lineText(1)).toBe("a\rb");
    expect(index.point(2)).toEqual({ line: 1, column: 3, offset: 2 });
  });

  it("counts columns in UTF-16 code units: 𠀀 before the span counts 2", () => {
    const line = "甲𠀀乙99.26%";
    const t = "标题\n" + line + "\n";
    const at = t.indexOf("99.26%");
    expect("𠀀".length).toBe(2);
    expect(toPoint(t, at)).toEqual({ line: 2, column: 5, offset: at });
    expect(new LineIndex(t).point(at)).toEqual({ line: 2, column: 5, offset: at });
  });

  it("clamps line numbers and handles the empty text", () => {
    const index = new LineIndex("");
    expect(index.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.lineText(1)).toBe("");
    expect(new LineIndex(text).lineText(99)).toBe("third");
    expect(new LineIndex(text).lineText(0)).toBe("first");
  });

  it("agrees with a linear scan everywhere in a report text", () => {
    const index = new LineIndex(TEXT);
    for (let o = 0; o <= TEXT.length; o++) {
      const before = TEXT.slice(0, o);
      const line = before.split("\n").length;
      const column = o - (before.lastIndexOf("\n") + 1) + 1;
      expect(index.point(o)).toEqual({ line, column, offset: o });
      expect(toPoint(TEXT, o)).toEqual({ line, column, offset: o });
    }
    expect(index.point(RATE_START)).toEqual({
      line: LINE,
      column: RATE_START - LINE_START + 1,
      offset: RATE_START,
    });
    expect(index.lineText(LINE)).toBe(SENTENCE);
    expect(index.lineText(3)).toBe("实际到位资金14631.38万元。");
  });

  it("is fast on a long text", () => {
    const long = "资金使用率为99.26%。\n".repeat(200_000);
    const index = new LineIndex(long);
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) index.point((i * 7919) % long.length);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(index.point(long.length - 1).line).toBe(200_000);
  });
});
