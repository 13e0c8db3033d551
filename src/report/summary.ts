/** The end-of-batch summary: files, findings by severity, files to send back, the most frequent rules. */
import { countSeverities } from "./stats.js";
import type { FileReport } from "./types.js";

export interface BatchSummary {
  readonly files: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly unreadable: readonly { path: string; message: string }[];
  /** Files with at least one error finding, most errors first. */
  readonly withErrors: readonly { path: string; errors: number }[];
  readonly topRules: readonly { ruleId: string; count: number }[];
}

export function summarize(reports: readonly FileReport[]): BatchSummary {
  const c = countSeverities(reports);
  const rules = new Map<string, number>();
  const withErrors: { path: string; errors: number }[] = [];
  for (const r of reports) {
    const findings = r.result?.findings ?? [];
    for (const f of findings) if (f.severity !== "info") rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
    const errors = findings.filter((f) => f.severity === "error").length;
    if (errors) withErrors.push({ path: r.path, errors });
  }
  withErrors.sort((a, b) => b.errors - a.errors || a.path.localeCompare(b.path));
  return {
    files: reports.length,
    error: c.error,
    warning: c.warning,
    info: c.info,
    unreadable: reports
      .filter((r) => r.status === "error")
      .map((r) => ({ path: r.path, message: r.error?.message ?? "" })),
    withErrors,
    topRules: [...rules]
      .map(([ruleId, count]) => ({ ruleId, count }))
      .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
      .slice(0, 5),
  };
}

export function formatSummary(s: BatchSummary, lang: "zh" | "en"): string {
  const zh = lang === "zh";
  const lines = [
    zh
      ? `共 ${s.files} 个文件：错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}；有错误的文件 ${s.withErrors.length} 个，无法读取 ${s.unreadable.length} 个`
      : `${s.files} files: ${s.error} errors, ${s.warning} warnings, ${s.info} infos; ${s.withErrors.length} files with errors, ${s.unreadable.length} unreadable`,
  ];
  if (s.withErrors.length) {
    lines.push(zh ? "需退回修改的文件：" : "Files to send back:");
    for (const f of s.withErrors.slice(0, 20)) lines.push(`  ${f.path}  (${f.errors})`);
    if (s.withErrors.length > 20)
      lines.push(zh ? `  …另有 ${s.withErrors.length - 20} 个` : `  … ${s.withErrors.length - 20} more`);
  }
  if (s.unreadable.length) {
    lines.push(zh ? "无法读取：" : "Could not read:");
    for (const f of s.unreadable) lines.push(`  ${f.message}`);
  }
  if (s.topRules.length) {
    lines.push(zh ? "最常见的问题：" : "Most frequent rules:");
    for (const r of s.topRules) lines.push(`  ${r.ruleId}  ${r.count}`);
  }
  return lines.join("\n") + "\n";
}
