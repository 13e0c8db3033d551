/** Per-file summaries for spreadsheets and pipelines: CSV (RFC 4180) and JSON Lines. */
import { renderMessage } from "../messages.js";
import type { FileReport, FormatOptions } from "../types.js";

const HEADER = [
  "path",
  "status",
  "errors",
  "warnings",
  "infos",
  "gross",
  "figures",
  "checks",
  "consistent",
  "inconsistent",
  "unverifiable",
  "rules",
  "error",
];

function row(r: FileReport): (string | number)[] {
  const f = r.result?.findings ?? [];
  const s = r.result?.stats;
  const count = (sev: string) => f.filter((x) => x.severity === sev).length;
  const rules = [...new Set(f.filter((x) => x.severity !== "info").map((x) => x.ruleId))].join(" ");
  return [
    r.path,
    r.status,
    count("error"),
    count("warning"),
    count("info"),
    f.filter((x) => x.gross).length,
    s?.figures ?? "",
    s?.checks ?? "",
    s?.consistent ?? "",
    s?.inconsistent ?? "",
    s?.unverifiable ?? "",
    rules,
    r.error?.message ?? "",
  ];
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading = + - @ would be run as a formula by a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function formatCsv(reports: readonly FileReport[], _opts: FormatOptions): string {
  return [HEADER, ...reports.map(row)].map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function formatJsonl(reports: readonly FileReport[], opts: FormatOptions): string {
  return (
    reports
      .map((r) => {
        const cells = row(r);
        const obj: Record<string, unknown> = Object.fromEntries(HEADER.map((h, i) => [h, cells[i]]));
        obj.findings = (r.result?.findings ?? []).map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          gross: f.gross,
          start: f.span.start,
          end: f.span.end,
          message: renderMessage(f, opts.lang, opts.rules),
          stated: f.stated,
          expected: f.expected,
        }));
        return JSON.stringify(obj);
      })
      .join("\n") + (reports.length ? "\n" : "")
  );
}
