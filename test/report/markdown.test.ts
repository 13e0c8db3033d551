import { describe, expect, it } from "vitest";
import {
  codeSpan,
  escapeMarkdown,
  type FormatOptions,
  formatMarkdown,
  formatters,
} from "../../src/report/index.js";
import { failed, finding, LINE, LINE_START, ok, RATE_START, STATS } from "./helpers.js";

const zh: FormatOptions = { lang: "zh", color: false, toolVersion: "0.1.0" };
const en: FormatOptions = { ...zh, lang: "en" };

/** The cells of a table row, split at the pipes that are not escaped. */
function cells(row: string): string[] {
  expect(row.startsWith("| ") && row.endsWith(" |")).toBe(true);
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((c) => c.trim());
}

const tableRows = (out: string) => out.split("\n").filter((l) => l.startsWith("| "));

describe("formatMarkdown", () => {
  const out = formatMarkdown([ok("reports/a.txt", [finding()]), failed("reports/missing.txt")], zh);
  const lines = out.split("\n");

  it("has a title, a summary, and a heading per audited file", () => {
    expect(formatters.markdown).toBe(formatMarkdown);
    expect(lines[0]).toBe("# 勾稽核查报告");
    expect(lines[2]).toBe("✖ 1 个问题（0 个错误，1 个警告，0 条提示），共 2 个文件，其中 1 个无法读取");
    expect(lines).toContain("## `reports/a.txt`");
    expect(out.endsWith("\n")).toBe(true);
  });

  it("gives each file a summary line: counts by severity and coverage", () => {
    expect(lines).toContain(
      "**1 个问题：0 个错误，1 个警告，0 条提示** · 数字 412 个；核对关系 57 条：一致 50，不一致 6，无法核验 1",
    );
  });

  it("lists the findings in a table", () => {
    const rows = tableRows(out);
    expect(rows).toHaveLength(3);
    expect(cells(rows[0]!)).toEqual(["位置", "严重程度", "说明", "报告值", "重算值", "算式", "提示"]);
    expect(rows[1]).toBe("| --- | --- | --- | --- | --- | --- | --- |");
    expect(cells(rows[2]!)).toEqual([
      `${LINE}:${RATE_START - LINE_START + 1}`,
      "警告",
      "资金使用率 应为 99.22%（14516.58 ÷ 14631.38 × 100%），报告为 99.26% `rate/fund-usage`",
      "99.26%",
      "99.22%",
      "14516.58 ÷ 14631.38 × 100%",
      "99.26 可能应为 99.22（数字写错）",
    ]);
  });

  it("lists the files that could not be read, with their reason", () => {
    const at = lines.indexOf("## 无法读取的文件");
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith("| 4:")));
    expect(lines[at + 2]).toBe("- `reports/missing.txt`：文件不存在（`ENOENT`）");
    expect(out).not.toContain("## `reports/missing.txt`");
    const e = formatMarkdown([failed("x.txt")], en);
    expect(e).toContain("## Files that could not be read\n\n- `x.txt`: 文件不存在 (`ENOENT`)\n");
    const noError = formatMarkdown([{ path: "y.txt", status: "error", error: null, result: null }], zh);
    expect(noError).toContain("- `y.txt`：无法读取\n");
  });

  it("is in English with lang en", () => {
    const e = formatMarkdown([ok("a.txt", [finding({ severity: "error", gross: true })])], en);
    expect(e.split("\n")[0]).toBe("# gouji audit report");
    expect(e).toContain("| Location | Severity | Message | Stated | Recomputed | Formula | Hint |");
    expect(e).toContain("**1 problem: 1 error, 0 warnings, 0 info** · 412 figures; 57 relations checked:");
    expect(e).toContain("| error (changes a conclusion) | Fund usage rate should be 99.22%");
    expect(e).toContain("| 99.26 probably should read 99.22 (a digit mistyped) |");
    expect(e).not.toMatch(/[位置严重程度说明]/);
  });

  it("gives a file without findings its summary and no table", () => {
    const o = formatMarkdown([ok("clean.txt", [], { stats: { ...STATS, inconsistent: 0 } })], zh);
    expect(o).toContain("## `clean.txt`\n\n**未发现问题** · 数字 412 个；");
    expect(tableRows(o)).toEqual([]);
    expect(o).toContain("✔ 未发现问题");
    expect(formatMarkdown([ok("clean.txt", [])], en)).toContain("**no problems** · 412 figures;");
  });

  it("leaves empty cells for what a finding does not have", () => {
    const o = formatMarkdown(
      [ok("a.txt", [finding({ hint: null, stated: null, expected: null, formula: null })])],
      zh,
    );
    const row = cells(tableRows(o)[2]!);
    expect(row.slice(3)).toEqual(["", "", "", ""]);
  });

  it("escapes pipes, line breaks and markup in cells, so that the table holds", () => {
    const f = finding({
      stated: "1|2",
      expected: "<script>alert(1)</script>",
      formula: "a | b\nc\r\nd",
      data: { ...finding().data, name: "*资金*_使用率_ [x](y) `z` &lt;" },
    });
    const o = formatMarkdown([ok("a.txt", [f])], zh);
    const row = tableRows(o)[2]!;
    expect(cells(row)).toHaveLength(7);
    expect(row.split("\n")).toHaveLength(1);
    expect(cells(row)[3]).toBe("1\\|2");
    expect(cells(row)[4]).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(cells(row)[5]).toBe("a \\| b<br>c<br>d");
    expect(cells(row)[2]).toContain("\\*资金\\*\\_使用率\\_ \\[x\\](y) \\`z\\` &amp;lt;");
    expect(o).not.toContain("<script");
  });

  it("escapes a path in a heading and in the list of unreadable files", () => {
    const o = formatMarkdown(
      [ok("a`b|c\n.txt", []), { ...failed("x`y.txt"), error: { code: "E", message: "坏\n<b>x</b>" } }],
      zh,
    );
    expect(o).toContain("## ``a`b|c .txt``");
    expect(o).toContain("- ``x`y.txt``：坏<br>&lt;b&gt;x&lt;/b&gt;（`E`）");
  });
});

describe("escapeMarkdown and codeSpan", () => {
  it("escapes Markdown punctuation, HTML and line breaks", () => {
    expect(escapeMarkdown("a|b")).toBe("a\\|b");
    expect(escapeMarkdown("\\")).toBe("\\\\");
    expect(escapeMarkdown("*_`[]~$")).toBe("\\*\\_\\`\\[\\]\\~\\$");
    expect(escapeMarkdown("<i>")).toBe("&lt;i&gt;");
    expect(escapeMarkdown("A&B &amp; &#39;")).toBe("A&B &amp;amp; &amp;#39;");
    expect(escapeMarkdown("a\nb\r\nc\rd")).toBe("a<br>b<br>c<br>d");
    expect(escapeMarkdown("a\u0000b\u001b")).toBe("a b ");
    expect(escapeMarkdown("99.26% (14516.58 ÷ 14631.38 − 1)")).toBe("99.26% (14516.58 ÷ 14631.38 − 1)");
  });

  it("fences a code span longer than any backtick run inside", () => {
    expect(codeSpan("a.txt")).toBe("`a.txt`");
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`a``")).toBe("``` `a`` ```");
    expect(codeSpan("a|b", true)).toBe("`a\\|b`");
    expect(codeSpan("a\nb")).toBe("`a b`");
  });
});
