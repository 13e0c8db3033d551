import { describe, expect, it } from "vitest";
import { displayWidth, type FormatOptions, formatStylish, formatters } from "../../src/report/index.js";
import {
  ANSI,
  failed,
  finding,
  LINE,
  LINE_START,
  ok,
  RATE_START,
  SENTENCE,
  STATS,
  stripAnsi,
} from "./helpers.js";

const zh: FormatOptions = { lang: "zh", color: false, toolVersion: "0.1.0" };
const en: FormatOptions = { ...zh, lang: "en" };
const GUTTER = "   | ";

/** The source and caret lines of the n-th snippet in the output. */
function snippetLines(out: string, n = 0): { source: string; carets: string } {
  const lines = stripAnsi(out).split("\n");
  const i = lines.map((l, k) => (l.startsWith(GUTTER) ? k : -1)).filter((k) => k >= 0)[2 * n]!;
  return { source: lines[i]!.slice(GUTTER.length), carets: lines[i + 1]!.slice(GUTTER.length) };
}

/** Checks that the carets sit under `marked` in the source line, counting terminal columns. */
function expectAligned(out: string, marked: string, n = 0): void {
  const { source, carets } = snippetLines(out, n);
  const at = source.indexOf(marked);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(carets).toMatch(/^ *\^+$/);
  expect(carets.indexOf("^")).toBe(displayWidth(source.slice(0, at)));
  expect(carets.trim().length).toBe(displayWidth(marked));
}

describe("formatStylish", () => {
  const out = formatStylish([ok("fixtures/reports/000.txt", [finding()])], zh);
  const lines = out.split("\n");

  it("gives the path as a header, then path:line:column, severity, message and rule id", () => {
    expect(formatters.stylish).toBe(formatStylish);
    expect(lines[0]).toBe("fixtures/reports/000.txt");
    const column = RATE_START - LINE_START + 1;
    expect(lines[1]).toBe(
      `fixtures/reports/000.txt:${LINE}:${column}  警告  ` +
        "资金使用率 应为 99.22%（14516.58 ÷ 14631.38 × 100%），报告为 99.26%  rate/fund-usage",
    );
  });

  it("shows the source line with carets aligned under the span, counting CJK as two columns", () => {
    const { source, carets } = snippetLines(out);
    expect(source).toContain("资金使用率为99.26%。");
    expectAligned(out, "99.26%");
    expect(carets.trim()).toBe("^^^^^^");
    // 52 CJK characters or digits precede the figure: the caret column is not the UTF-16 column
    expect(carets.indexOf("^")).not.toBe(source.indexOf("99.26%"));
  });

  it("shows stated, recomputed, formula and the hint", () => {
    expect(out).toContain("   = 报告值 99.26%，重算 99.22%；算式 14516.58 ÷ 14631.38 × 100%\n");
    expect(out).toContain("   = 提示：99.26 可能应为 99.22（数字写错）\n");
    const e = formatStylish([ok("a.txt", [finding()])], en);
    expect(e).toContain("   = stated 99.26%, recomputed 99.22%; formula 14516.58 ÷ 14631.38 × 100%\n");
    expect(e).toContain("   = hint: 99.26 probably should read 99.22 (a digit mistyped)\n");
  });

  it("leaves out the hint line and empty details", () => {
    const o = formatStylish(
      [ok("a.txt", [finding({ hint: null, stated: null, expected: null, formula: null })])],
      zh,
    );
    expect(o).not.toContain("   = ");
  });

  it("trims a long line to ±40 characters around the span, with … on the cut sides", () => {
    const head = "前".repeat(100);
    const tail = "后".repeat(100);
    const text = `${head}资金使用率为99.26%${tail}\n`;
    const start = text.indexOf("99.26%");
    const o = formatStylish([ok("a.txt", [finding({ span: { start, end: start + 6 } })], { text })], zh);
    const { source } = snippetLines(o);
    expect(source).toBe(`…${"前".repeat(34)}资金使用率为99.26%${"后".repeat(40)}…`);
    expectAligned(o, "99.26%");
  });

  it("does not cut a short line nor split a surrogate pair", () => {
    const text = "𠀀".repeat(60) + "99.26%" + "𠀀".repeat(60);
    const start = text.indexOf("99.26%");
    const o = formatStylish([ok("a.txt", [finding({ span: { start, end: start + 6 } })], { text })], zh);
    const { source } = snippetLines(o);
    expect(source).toBe(`…${"𠀀".repeat(40)}99.26%${"𠀀".repeat(40)}…`);
    expect(source).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expectAligned(o, "99.26%");
    expect(o).toContain("a.txt:1:121  ");
    const t2 = "资金使用率为99.26%。";
    const s2 = t2.indexOf("99.26%");
    const o2 = formatStylish(
      [ok("a.txt", [finding({ span: { start: s2, end: s2 + 6 } })], { text: t2 })],
      zh,
    );
    expect(snippetLines(o2).source).toBe(t2);
    expect(snippetLines(out).source).toBe(`…${SENTENCE.slice(SENTENCE.indexOf("99.26%") - 40)}`);
  });

  it("underlines a full-width figure by its display width", () => {
    const text = "资金使用率为９９．２６％。";
    const start = text.indexOf("９");
    const o = formatStylish([ok("a.txt", [finding({ span: { start, end: start + 6 } })], { text })], zh);
    expectAligned(o, "９９．２６％");
    expect(snippetLines(o).carets.trim()).toBe("^".repeat(12));
  });

  it("labels a gross finding", () => {
    const g = finding({ severity: "error", gross: true });
    expect(formatStylish([ok("a.txt", [g])], zh)).toContain("  错误（结论性错误）  ");
    expect(formatStylish([ok("a.txt", [g])], en)).toContain("  error (changes a conclusion)  ");
    expect(out).not.toContain("结论性错误");
  });

  it("sorts findings by position", () => {
    const o = formatStylish(
      [ok("a.txt", [finding(), finding({ span: { start: 0, end: 4 }, hint: null })])],
      zh,
    );
    expect(o.indexOf("a.txt:1:1 ")).toBeLessThan(o.indexOf(`a.txt:${LINE}:`));
  });

  it("prints a coverage line per file and a summary, in Chinese", () => {
    const o = formatStylish(
      [
        ok("a.txt", [finding({ severity: "error" }), finding(), finding()]),
        ok("b.txt", [finding(), finding(), finding({ severity: "error" }), finding({ severity: "info" })]),
        ok("c.txt", []),
        ok("d.txt", []),
        ok("e.txt", []),
      ],
      zh,
    );
    const coverage = "  数字 412 个，核对关系 57 条：一致 50，不一致 6，无法核验 1";
    expect(o.split("\n").filter((l) => l === coverage)).toHaveLength(5);
    expect(o.endsWith("✖ 7 个问题（2 个错误，4 个警告，1 条提示），共 5 个文件\n")).toBe(true);
  });

  it("prints a coverage line per file and a summary, in English", () => {
    const o = formatStylish(
      [ok("a.txt", [finding({ severity: "error" }), finding({ severity: "info" })], { stats: { ...STATS } })],
      en,
    );
    expect(o).toContain(
      "\n  412 figures, 57 relations checked: 50 consistent, 6 inconsistent, 1 unverifiable\n",
    );
    expect(o.endsWith("✖ 2 problems (1 error, 0 warnings, 1 info) in 1 file\n")).toBe(true);
  });

  it("says so when there is nothing", () => {
    expect(formatStylish([ok("a.txt", [])], zh).endsWith("\n✔ 未发现问题\n")).toBe(true);
    expect(formatStylish([ok("a.txt", [])], en).endsWith("\n✔ no problems\n")).toBe(true);
    expect(formatStylish([], en)).toBe("✔ no problems\n");
  });

  it("shows an error file with its path and message", () => {
    const o = formatStylish([failed("missing.txt"), ok("a.txt", [])], zh);
    expect(o).toContain("missing.txt\nmissing.txt  错误  文件不存在  ENOENT\n");
    expect(o.endsWith("✖ 共 2 个文件，其中 1 个无法读取\n")).toBe(true);
    const e = formatStylish([failed("missing.txt"), ok("a.txt", [finding()])], en);
    expect(e.endsWith("✖ 1 problem (0 errors, 1 warning, 0 info) in 2 files; 1 could not be read\n")).toBe(
      true,
    );
  });

  it("has no escape codes without colour, and some with it", () => {
    const reports = [ok("a.txt", [finding({ severity: "error", gross: true }), finding()]), failed("b.txt")];
    const plain = formatStylish(reports, zh);
    expect(plain).not.toMatch(ANSI);
    expect(plain).not.toContain("\x1b");
    const colored = formatStylish(reports, { ...zh, color: true });
    expect(colored).toMatch(ANSI);
    expect(colored).toContain("\x1b[31m"); // red error
    expect(colored).toContain("\x1b[33m"); // yellow warning
    expect(colored).toContain("\x1b[2m"); // dim gutter
    expect(stripAnsi(colored)).toBe(plain);
    expect(formatStylish([ok("a.txt", [finding({ severity: "info" })])], { ...zh, color: true })).toContain(
      "\x1b[34m",
    );
  });

  it("keeps control characters of the text out of the terminal", () => {
    const text = "资金\x1b[31m使用率为99.26%\t。";
    const start = text.indexOf("99.26%");
    const o = formatStylish([ok("a\x1b.txt", [finding({ span: { start, end: start + 6 } })], { text })], zh);
    expect(o).not.toContain("\x1b");
    expectAligned(o, "99.26%");
  });
});
