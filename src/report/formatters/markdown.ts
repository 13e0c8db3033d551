/**
 * A Markdown report a department can read, or paste into an issue (GitHub-flavoured tables):
 *
 *   # 勾稽核查报告
 *
 *   ✖ 1 个问题（0 个错误，1 个警告，0 条提示），共 2 个文件，其中 1 个无法读取
 *
 *   ## `reports/a.txt`
 *
 *   **1 个问题：0 个错误，1 个警告，0 条提示** · 数字 412 个；核对关系 57 条：一致 50，不一致 6，无法核验 1
 *
 *   | 位置 | 严重程度 | 说明 | 报告值 | 重算值 | 算式 | 提示 |
 *   | --- | --- | --- | --- | --- | --- | --- |
 *   | 4:55 | 警告 | 资金使用率 应为 99.22%（…），报告为 99.26% `rate/fund-usage` | 99.26% | 99.22% | … | … |
 *
 *   ## 无法读取的文件
 *
 *   - `reports/missing.txt`：文件不存在（`ENOENT`）
 *
 * Audited files get a section each, in the order given; the files that could not be read are listed
 * together at the end with their reason. Every piece of text that comes from a report (figures,
 * formulas, messages quoting them, paths) is escaped, so that it can neither break the table nor
 * turn into Markdown or HTML.
 */
import type { Finding } from "../../types.js";
import { DOC } from "../labels.js";
import { LineIndex } from "../location.js";
import { renderHint, renderMessage, UI } from "../messages.js";
import { countSeverities } from "../stats.js";
import type { FileReport, FormatOptions } from "../types.js";

/** Control characters other than line breaks and tabs. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Escapes text for a Markdown paragraph or table cell: Markdown punctuation is backslash-escaped,
 * `<` and `>` and anything that looks like an entity become entities, a line break becomes `<br>`
 * (the only way to break a line inside a GFM table cell).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(CONTROL, " ")
    .replace(/[\\`*_[\]~|$]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n|\r|\n/g, "<br>");
}

/**
 * A code span holding `s` verbatim: the fence is one backtick longer than the longest run inside.
 * Line breaks become spaces; with `inTable`, `|` is escaped (GFM splits cells before code spans).
 */
export function codeSpan(s: string, inTable = false): string {
  let text = s.replace(CONTROL, " ").replace(/\r\n|\r|\n/g, " ");
  if (inTable) text = text.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function findingRow(f: Finding, index: LineIndex, opts: FormatOptions): string {
  const ui = UI[opts.lang];
  const p = index.point(f.span.start);
  const message = `${escapeMarkdown(renderMessage(f, opts.lang, opts.rules))} ${codeSpan(f.ruleId, true)}`;
  return row([
    `${p.line}:${p.column}`,
    escapeMarkdown(ui.severityLabel(f.severity, f.gross)),
    message,
    escapeMarkdown(f.stated ?? ""),
    escapeMarkdown(f.expected ?? ""),
    escapeMarkdown(f.formula ?? ""),
    f.hint ? escapeMarkdown(renderHint(f.hint, opts.lang)) : "",
  ]);
}

function fileSection(report: FileReport, opts: FormatOptions): string[] {
  const doc = DOC[opts.lang];
  const result = report.result!;
  const counts = countSeverities([report]);
  const out = [`## ${codeSpan(report.path)}`, ""];
  out.push(`**${escapeMarkdown(doc.problems(counts))}** · ${escapeMarkdown(doc.coverage(result.stats))}`);
  if (result.findings.length > 0) {
    const c = doc.columns;
    const index = new LineIndex(result.text);
    out.push(
      "",
      row([c.location, c.severity, c.message, c.stated, c.recomputed, c.formula, c.hint]),
      row(Array(7).fill("---")),
      ...result.findings.map((f) => findingRow(f, index, opts)),
    );
  }
  out.push("");
  return out;
}

function failedLine(report: FileReport, opts: FormatOptions): string {
  const doc = DOC[opts.lang];
  const err = report.error;
  const reason = escapeMarkdown(err ? err.message : doc.unreadable);
  const code = err ? doc.paren(codeSpan(err.code)) : "";
  return `- ${codeSpan(report.path)}${doc.colon}${reason}${code}`;
}

export function formatMarkdown(reports: readonly FileReport[], opts: FormatOptions): string {
  const doc = DOC[opts.lang];
  const out = [`# ${doc.title}`, "", escapeMarkdown(UI[opts.lang].summary(countSeverities(reports))), ""];
  const failed: FileReport[] = [];
  for (const r of reports) {
    if (r.status === "error" || r.result === null) failed.push(r);
    else out.push(...fileSection(r, opts));
  }
  if (failed.length > 0) {
    out.push(`## ${doc.unreadableFiles}`, "", ...failed.map((r) => failedLine(r, opts)), "");
  }
  return out.join("\n");
}
