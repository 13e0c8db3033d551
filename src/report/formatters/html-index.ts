/**
 * index.html of a batch written with --output: one row per file, sorted by severity (files with
 * errors first), each linking to its own report page. Self-contained, everything escaped.
 */
import { summarize } from "../summary.js";
import type { FileReport, FormatOptions } from "../types.js";
import { escapeHtml } from "./html.js";

export function formatHtmlIndex(
  reports: readonly FileReport[],
  links: ReadonlyMap<string, string>,
  opts: FormatOptions,
): string {
  const zh = opts.lang === "zh";
  const s = summarize(reports);
  const count = (r: FileReport, sev: string) =>
    (r.result?.findings ?? []).filter((f) => f.severity === sev).length;
  const rank = (r: FileReport) =>
    (r.status === "error" ? -1 : 0) * 1e9 +
    count(r, "error") * 1e6 +
    count(r, "warning") * 1e3 +
    count(r, "info");
  const rows = [...reports]
    .sort(
      (a, b) =>
        (a.status === "error" ? 1 : 0) - (b.status === "error" ? 1 : 0) ||
        rank(b) - rank(a) ||
        a.path.localeCompare(b.path),
    )
    .map((r) => {
      const link = links.get(r.path);
      const name = link ? `<a href="${escapeHtml(link)}">${escapeHtml(r.path)}</a>` : escapeHtml(r.path);
      if (r.status === "error")
        return `<tr class="unreadable"><td>${name}</td><td colspan="4">${escapeHtml(r.error?.message ?? "")}</td></tr>`;
      const st = r.result!.stats;
      return `<tr><td>${name}</td><td class="e">${count(r, "error")}</td><td class="w">${count(r, "warning")}</td><td class="i">${count(r, "info")}</td><td>${st.checks} / ${st.inconsistent} / ${st.unverifiable}</td></tr>`;
    })
    .join("\n");
  const title = zh ? "gouji 核查结果汇总" : "gouji audit summary";
  const head = zh
    ? ["文件", "错误", "警告", "提示", "核对 / 不一致 / 无法核验"]
    : ["File", "Errors", "Warnings", "Infos", "Checked / inconsistent / unverifiable"];
  const summary = zh
    ? `共 ${s.files} 个文件：错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}；无法读取 ${s.unreadable.length} 个`
    : `${s.files} files: ${s.error} errors, ${s.warning} warnings, ${s.info} infos; ${s.unreadable.length} unreadable`;
  return `<!DOCTYPE html>
<html lang="${zh ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d1d9e0;padding:.4rem .6rem;text-align:left}
td.e{color:#cf222e;font-weight:600}td.w{color:#d4670a}td.i{color:#0969da}tr.unreadable td{color:#59636e}
</style>
</head>
<body>
<h1>${title}</h1>
<p>${escapeHtml(summary)}</p>
<table>
<thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><small>gouji ${escapeHtml(opts.toolVersion)}</small></p>
</body>
</html>
`;
}
