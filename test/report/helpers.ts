/** Hand-built audit results for the report tests (independent of the auditor's output). */
import type { FileReport } from "../../src/report/index.js";
import type { AuditResult, AuditStats, CheckRecord, Finding } from "../../src/types.js";

export const SENTENCE =
  "实际支出14516.58万元，其中基本支出为2646.16万元，项目支出为11870.42万元，资金使用率为99.26%。";

/** The sentence is on line 4; line 3 ends with CRLF. */
export const TEXT = [
  "2020年度部门整体支出绩效自评报告",
  "一、部门基本情况",
  "实际到位资金14631.38万元。\r",
  SENTENCE,
  "二、绩效目标完成情况",
  "",
].join("\n");

export const LINE = 4;
export const LINE_START = TEXT.indexOf(SENTENCE);
export const RATE_START = TEXT.indexOf("99.26%");
export const RATE = { start: RATE_START, end: RATE_START + "99.26%".length };
export const SPENT_START = TEXT.indexOf("14516.58");
export const RECEIVED_START = TEXT.indexOf("14631.38");

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: "rate/fund-usage",
    messageId: "rate",
    data: {
      name: "资金使用率",
      nameEn: "Fund usage rate",
      stated: "99.26%",
      expected: "99.22%",
      formula: "14516.58 ÷ 14631.38 × 100%",
    },
    severity: "warning",
    gross: false,
    span: RATE,
    related: [
      { start: SPENT_START, end: SPENT_START + 8, role: "numerator" },
      { start: RECEIVED_START, end: RECEIVED_START + 8, role: "denominator" },
    ],
    stated: "99.26%",
    expected: "99.22%",
    formula: "14516.58 ÷ 14631.38 × 100%",
    hint: {
      span: { start: RATE_START, end: RATE_START + 5 },
      written: "99.26",
      probably: "99.22",
      slip: "digit",
    },
    ...over,
  };
}

export const CHECK: CheckRecord = {
  ruleId: "rate/fund-usage",
  status: "inconsistent",
  span: RATE,
  related: [{ start: SPENT_START, end: SPENT_START + 8, role: "numerator" }],
  formula: "14516.58 ÷ 14631.38 × 100%",
  variant: "spent / received",
};

export const STATS: AuditStats = {
  figures: 412,
  checks: 57,
  consistent: 50,
  inconsistent: 6,
  unverifiable: 1,
};

export function result(findings: readonly Finding[], over: Partial<AuditResult> = {}): AuditResult {
  return { text: TEXT, findings, checks: [CHECK], figures: [], stats: STATS, ...over };
}

export function ok(path: string, findings: readonly Finding[], over: Partial<AuditResult> = {}): FileReport {
  return { path, status: "ok", error: null, result: result(findings, over) };
}

export function failed(path: string): FileReport {
  return { path, status: "error", error: { code: "ENOENT", message: "文件不存在" }, result: null };
}

export const ANSI = /\x1b\[/;
export const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");
