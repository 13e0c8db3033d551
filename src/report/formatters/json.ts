/**
 * The JSON output of design.md §5 (a contract): one document for all files, pretty-printed with two
 * spaces and a final newline. Messages are rendered in `opts.lang`; `messageId` and `data` are kept
 * as well so that a program can render its own.
 */

import { cellAt } from "../../ingest/source-map.js";
import type { AuditStats, CheckStatus, Hint, Severity } from "../../types.js";
import { LineIndex } from "../location.js";
import { renderHint, renderMessage } from "../messages.js";
import type { FileReport, FormatOptions } from "../types.js";

export interface JsonSpan {
  start: number;
  end: number;
  line: number;
  column: number;
  /** The spreadsheet cell the span lies in, for a report read from .xlsx (Sheet1!C7). */
  cell?: string;
}

export interface JsonRelated {
  start: number;
  end: number;
  role: string;
}

export interface JsonHint {
  start: number;
  end: number;
  written: string;
  probably: string;
  slip: Hint["slip"];
  message: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  gross: boolean;
  message: string;
  span: JsonSpan;
  related: JsonRelated[];
  stated: string | null;
  expected: string | null;
  formula: string | null;
  hint: JsonHint | null;
  messageId: string;
  data: Record<string, string>;
}

export interface JsonCheck {
  ruleId: string;
  status: CheckStatus;
  span: JsonSpan;
  related: JsonRelated[];
  formula: string | null;
  variant: string | null;
}

export interface JsonFile {
  path: string;
  status: "ok" | "error";
  error: { code: string; message: string } | null;
  findings: JsonFinding[];
  checks: JsonCheck[];
  stats: AuditStats | null;
}

export interface JsonOutput {
  schemaVersion: 1;
  tool: { name: "gouji"; version: string };
  files: JsonFile[];
}

function related(list: readonly { start: number; end: number; role: string }[]): JsonRelated[] {
  return list.map((r) => ({ start: r.start, end: r.end, role: r.role }));
}

function toJsonFile(report: FileReport, opts: FormatOptions): JsonFile {
  const result = report.result;
  if (report.status === "error" || result === null) {
    return {
      path: report.path,
      status: report.status,
      error: report.error ? { code: report.error.code, message: report.error.message } : null,
      findings: [],
      checks: [],
      stats: null,
    };
  }
  const index = new LineIndex(result.text);
  const span = (s: { start: number; end: number }): JsonSpan => {
    const p = index.point(s.start);
    const cell = cellAt(report.sourceMap, s.start);
    return { start: s.start, end: s.end, line: p.line, column: p.column, ...(cell ? { cell } : {}) };
  };
  const findings = result.findings.map(
    (f): JsonFinding => ({
      ruleId: f.ruleId,
      severity: f.severity,
      gross: f.gross,
      message: renderMessage(f, opts.lang, opts.rules),
      span: span(f.span),
      related: related(f.related),
      stated: f.stated,
      expected: f.expected,
      formula: f.formula,
      hint: f.hint
        ? {
            start: f.hint.span.start,
            end: f.hint.span.end,
            written: f.hint.written,
            probably: f.hint.probably,
            slip: f.hint.slip,
            message: renderHint(f.hint, opts.lang),
          }
        : null,
      messageId: f.messageId,
      data: { ...f.data },
    }),
  );
  const checks = result.checks.map(
    (c): JsonCheck => ({
      ruleId: c.ruleId,
      status: c.status,
      span: span(c.span),
      related: related(c.related),
      formula: c.formula,
      variant: c.variant,
    }),
  );
  const s = result.stats;
  return {
    path: report.path,
    status: "ok",
    error: null,
    findings,
    checks,
    stats: {
      figures: s.figures,
      checks: s.checks,
      consistent: s.consistent,
      inconsistent: s.inconsistent,
      unverifiable: s.unverifiable,
    },
  };
}

/** The JSON document of design.md §5 as an object (what `formatJson` prints). */
export function toJsonOutput(reports: readonly FileReport[], opts: FormatOptions): JsonOutput {
  return {
    schemaVersion: 1,
    tool: { name: "gouji", version: opts.toolVersion },
    files: reports.map((r) => toJsonFile(r, opts)),
  };
}

export function formatJson(reports: readonly FileReport[], opts: FormatOptions): string {
  return JSON.stringify(toJsonOutput(reports, opts), null, 2) + "\n";
}
