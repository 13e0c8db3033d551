import { describe, expect, it } from "vitest";
import { type FormatOptions, formatJson, formatters } from "../../src/report/index.js";
import {
  CHECK,
  failed,
  finding,
  LINE,
  LINE_START,
  ok,
  RATE,
  RATE_START,
  RECEIVED_START,
  SPENT_START,
  TEXT,
} from "./helpers.js";

const zh: FormatOptions = { lang: "zh", color: false, toolVersion: "0.1.0" };
const sorted = (o: object) => Object.keys(o).sort();

describe("formatJson", () => {
  const reports = [ok("reports/a.txt", [finding()]), failed("reports/missing.txt")];
  const out = formatJson(reports, zh);
  const doc = JSON.parse(out);

  it("is pretty-printed with two spaces and ends with a newline", () => {
    expect(out.endsWith("}\n")).toBe(true);
    expect(out.split("\n")[1]).toBe('  "schemaVersion": 1,');
    expect(out).toBe(JSON.stringify(doc, null, 2) + "\n");
    expect(formatters.json).toBe(formatJson);
  });

  it("has the top level of design.md §5", () => {
    expect(sorted(doc)).toEqual(["files", "schemaVersion", "tool"]);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool).toEqual({ name: "gouji", version: "0.1.0" });
    expect(doc.files).toHaveLength(2);
  });

  it("has every key of a file, a finding and a check", () => {
    const file = doc.files[0];
    expect(sorted(file)).toEqual(["checks", "error", "findings", "path", "stats", "status"]);
    expect(file.path).toBe("reports/a.txt");
    expect(file.status).toBe("ok");
    expect(file.error).toBeNull();
    expect(file.stats).toEqual({
      figures: 412,
      checks: 57,
      consistent: 50,
      inconsistent: 6,
      unverifiable: 1,
    });

    const f = file.findings[0];
    for (const key of [
      "ruleId",
      "severity",
      "gross",
      "message",
      "span",
      "related",
      "stated",
      "expected",
      "formula",
      "hint",
      "messageId",
      "data",
    ])
      expect(f).toHaveProperty(key);
    expect(sorted(f.span)).toEqual(["column", "end", "line", "start"]);
    expect(f.ruleId).toBe("rate/fund-usage");
    expect(f.severity).toBe("warning");
    expect(f.gross).toBe(false);
    expect(f.stated).toBe("99.26%");
    expect(f.expected).toBe("99.22%");
    expect(f.formula).toBe("14516.58 ÷ 14631.38 × 100%");
    expect(f.messageId).toBe("rate");
    expect(f.data.name).toBe("资金使用率");
    expect(f.related).toEqual([
      { start: SPENT_START, end: SPENT_START + 8, role: "numerator" },
      { start: RECEIVED_START, end: RECEIVED_START + 8, role: "denominator" },
    ]);
    expect(f.hint).toEqual({
      start: RATE_START,
      end: RATE_START + 5,
      written: "99.26",
      probably: "99.22",
      slip: "digit",
      message: "99.26 可能应为 99.22（数字写错）",
    });

    const c = file.checks[0];
    expect(sorted(c)).toEqual(["formula", "related", "ruleId", "span", "status", "variant"]);
    expect(c.status).toBe("inconsistent");
    expect(c.variant).toBe(CHECK.variant);
    expect(c.related).toEqual([{ start: SPENT_START, end: SPENT_START + 8, role: "numerator" }]);
  });

  it("gives line and column of the span, past a CRLF line", () => {
    const f = doc.files[0].findings[0];
    expect(TEXT.slice(f.span.start, f.span.end)).toBe("99.26%");
    expect(f.span).toEqual({
      start: RATE.start,
      end: RATE.end,
      line: LINE,
      column: RATE_START - LINE_START + 1,
    });
    expect(f.span.line).toBe(4);
    expect(f.span.column).toBe(55);
    expect(doc.files[0].checks[0].span).toEqual(f.span);
  });

  it("renders the message in the requested language", () => {
    expect(doc.files[0].findings[0].message).toBe(
      "资金使用率 应为 99.22%（14516.58 ÷ 14631.38 × 100%），报告为 99.26%",
    );
    const en = JSON.parse(formatJson(reports, { ...zh, lang: "en" }));
    expect(en.files[0].findings[0].message).toBe(
      "Fund usage rate should be 99.22% (14516.58 ÷ 14631.38 × 100%); the report states 99.26%",
    );
    expect(en.files[0].findings[0].hint.message).toBe("99.26 probably should read 99.22 (a digit mistyped)");
  });

  it("gives a null hint and a gross flag as they are", () => {
    const d = JSON.parse(
      formatJson([ok("a.txt", [finding({ hint: null, gross: true, severity: "error" })])], zh),
    );
    expect(d.files[0].findings[0].hint).toBeNull();
    expect(d.files[0].findings[0].gross).toBe(true);
    expect(d.files[0].findings[0].severity).toBe("error");
  });

  it("gives an error file no findings, no checks and null stats", () => {
    expect(doc.files[1]).toEqual({
      path: "reports/missing.txt",
      status: "error",
      error: { code: "ENOENT", message: "文件不存在" },
      findings: [],
      checks: [],
      stats: null,
    });
  });

  it("counts columns in UTF-16 code units after a non-BMP character", () => {
    const text = "标题\n𠀀资金使用率为99.26%。";
    const start = text.indexOf("99.26%");
    const d = JSON.parse(
      formatJson([ok("a.txt", [finding({ span: { start, end: start + 6 } })], { text })], zh),
    );
    expect(d.files[0].findings[0].span).toEqual({ start, end: start + 6, line: 2, column: 9 });
  });

  it("is an empty file list for no reports", () => {
    expect(JSON.parse(formatJson([], zh))).toEqual({
      schemaVersion: 1,
      tool: { name: "gouji", version: "0.1.0" },
      files: [],
    });
  });
});
