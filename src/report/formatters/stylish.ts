/**
 * Human-readable output for a terminal, in the spirit of ESLint's stylish and rustc:
 *
 *   fixtures/reports/000.txt
 *   fixtures/reports/000.txt:261:107  警告  资金使用率 应为 99.22%（…），报告为 99.26%  rate/fund-usage
 *      | …实际支出14516.58万元，其中基本支出为2646.16万元，…，资金使用率为99.26%。
 *      |                                                      ^^^^^^
 *      = 报告值 99.26%，重算 99.22%；算式 14516.58 ÷ 14631.38 × 100%
 *      = 提示：99.26 可能应为 99.22（数字写错）
 *
 *     数字 412 个，核对关系 57 条：一致 50，不一致 6，无法核验 1
 *
 *   ✖ 1 个问题（0 个错误，1 个警告，0 条提示），共 1 个文件
 *
 * Columns in `path:line:column` are UTF-16 code units (design.md §5); the caret line is aligned by
 * terminal display width, where CJK and full-width characters take two columns.
 */
import { cellAt, type SourceMap } from "../../ingest/source-map.js";
import type { Finding, Severity } from "../../types.js";
import { LineIndex } from "../location.js";
import { type Lang, renderHint, renderMessage, UI } from "../messages.js";
import { countSeverities } from "../stats.js";
import type { FileReport, FormatOptions } from "../types.js";
import { displayWidth } from "../width.js";

/** Characters (code points) of context kept on each side of the span in a long source line. */
const CONTEXT = 40;
const ELLIPSIS = "…";
const GUTTER = "   |";
const NOTE = "   =";

type Style = "red" | "yellow" | "blue" | "green" | "dim" | "bold" | "header";
const SGR: Record<Style, [string, string]> = {
  red: ["31", "39"],
  yellow: ["33", "39"],
  blue: ["34", "39"],
  green: ["32", "39"],
  dim: ["2", "22"],
  bold: ["1", "22"],
  header: ["1;4", "22;24"],
};
const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "blue" };

type Paint = (style: Style, s: string) => string;
const painter =
  (color: boolean): Paint =>
  (style, s) =>
    color && s !== "" ? `\x1b[${SGR[style][0]}m${s}\x1b[${SGR[style][1]}m` : s;

/** Control characters (ESC included) would corrupt the terminal; each becomes one space. */
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves `at` by `n` code points (negative: backwards) within `s`, never splitting a surrogate pair. */
function stepCodePoints(s: string, at: number, n: number): number {
  let i = at;
  if (n < 0) {
    for (let k = 0; k < -n && i > 0; k++)
      i -= i >= 2 && isLow(s.charCodeAt(i - 1)) && isHigh(s.charCodeAt(i - 2)) ? 2 : 1;
  } else {
    for (let k = 0; k < n && i < s.length; k++)
      i += isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/**
 * The source line of a span, cut to ±CONTEXT characters around the span with … on the cut sides,
 * and the caret line under it. Both strings start at the same terminal column.
 */
export function snippet(
  index: LineIndex,
  span: { start: number; end: number },
): { source: string; carets: string; line: number } {
  const { line } = index.point(span.start);
  const lineStart = index.lineStart(line);
  const text = index.lineText(line);
  const s0 = Math.min(Math.max(span.start - lineStart, 0), text.length);
  const e0 = Math.max(Math.min(span.end - lineStart, text.length), s0);
  const from = stepCodePoints(text, s0, -CONTEXT);
  const to = stepCodePoints(text, e0, CONTEXT);
  const before = (from > 0 ? ELLIPSIS : "") + clean(text.slice(from, s0));
  const marked = clean(text.slice(s0, e0));
  const after = clean(text.slice(e0, to)) + (to < text.length ? ELLIPSIS : "");
  const carets = " ".repeat(displayWidth(before)) + "^".repeat(Math.max(1, displayWidth(marked)));
  return { source: before + marked + after, carets, line };
}

function formatFinding(
  path: string,
  f: Finding,
  index: LineIndex,
  opts: FormatOptions,
  paint: Paint,
  sourceMap?: SourceMap,
): string[] {
  const lang: Lang = opts.lang;
  const ui = UI[lang];
  const point = index.point(f.span.start);
  const cell = cellAt(sourceMap, f.span.start);
  const style = SEVERITY_STYLE[f.severity] ?? "blue";
  const label = paint(style, ui.severityLabel(f.severity, f.gross));
  const message = clean(renderMessage(f, lang, opts.rules));
  const out = [
    `${paint("bold", `${clean(path)}:${point.line}:${point.column}`)}${cell ? ` ${paint("bold", `(${clean(cell)})`)}` : ""}  ${label}  ${message}  ${paint("dim", f.ruleId)}`,
  ];
  const snip = snippet(index, f.span);
  out.push(`${paint("dim", GUTTER)} ${snip.source}`);
  out.push(`${paint("dim", GUTTER)} ${paint(style, snip.carets)}`);
  const details = clean(ui.details(f.stated, f.expected, f.formula));
  if (details !== "") out.push(`${paint("dim", NOTE)} ${details}`);
  if (f.hint) {
    const sep = lang === "zh" ? "：" : ": ";
    out.push(`${paint("dim", NOTE)} ${paint("bold", ui.hint + sep)}${clean(renderHint(f.hint, lang))}`);
  }
  return out;
}

function formatFile(report: FileReport, opts: FormatOptions, paint: Paint): string[] {
  const ui = UI[opts.lang];
  const out = [paint("header", clean(report.path))];
  const result = report.result;
  if (report.status === "error" || result === null) {
    const err = report.error;
    const message = err ? clean(err.message) : "";
    const code = err ? `  ${paint("dim", clean(err.code))}` : "";
    out.push(`${paint("bold", clean(report.path))}  ${paint("red", ui.severity.error)}  ${message}${code}`);
    return out;
  }
  const index = new LineIndex(result.text);
  const findings = [...result.findings].sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
  );
  for (const f of findings) {
    out.push(...formatFinding(report.path, f, index, opts, paint, report.sourceMap));
    out.push("");
  }
  out.push(`  ${paint("dim", ui.coverage(result.stats))}`);
  return out;
}

export function formatStylish(reports: readonly FileReport[], opts: FormatOptions): string {
  const paint = painter(opts.color);
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(...formatFile(r, opts, paint));
    lines.push("");
  }
  const counts = countSeverities(reports);
  const summary = UI[opts.lang].summary(counts);
  const style: Style =
    counts.error > 0 || counts.failed > 0
      ? "red"
      : counts.warning > 0
        ? "yellow"
        : counts.info > 0
          ? "blue"
          : "green";
  lines.push(paint(style, paint("bold", summary)));
  return lines.join("\n") + "\n";
}
