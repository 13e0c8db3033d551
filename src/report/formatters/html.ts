/**
 * A self-contained HTML page a person reads in a browser: no network, no external assets, no
 * script (a Content-Security-Policy forbids any), only inline CSS.
 *
 * For each file: a header with the path and the counts; the report's text, line by line, with every
 * figure a check used marked — the wrong ones by severity (red, orange, blue underline), the
 * verified ones in light green, the others faintly — and beside it the list of findings, each with
 * its message, the recomputation (stated, recomputed, formula), the figures it used as links to
 * them in the text, and the hint. A wrong figure in the text links back to its finding.
 *
 * Marks are laid on the spans of the figures (of findings, their related figures and of checks),
 * never on the range between them; where spans overlap, each stretch of text takes the most severe
 * of the marks covering it. Anchors are by offset: the figure starting at offset 2345 of the n-th
 * file is `#f{n}-o2345`; the k-th finding is `#f{n}-n{k}`.
 *
 * A report is untrusted input: every piece of its text, every path and every message is escaped;
 * ids and links are built from numbers only.
 */
import type { AuditResult, CheckStatus, Finding, Severity, Span } from "../../types.js";
import { DOC } from "../labels.js";
import { LineIndex } from "../location.js";
import { type Lang, renderHint, renderMessage, UI } from "../messages.js";
import { roleName } from "../roles.js";
import { countSeverities } from "../stats.js";
import type { FileReport, FormatOptions } from "../types.js";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML content and for quoted attribute values. Control characters (which HTML
 * does not allow) become spaces; a carriage return is dropped (lines break at "\n", as in
 * location.ts).
 */
export function escapeHtml(s: string): string {
  return s
    .replace(/\r/g, "")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, " ")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const LANG_TAG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** What a mark in the text says, most severe first. */
type MarkKind = Severity | "inconsistent" | "unverifiable" | "consistent" | "used";
const RANK: Record<MarkKind, number> = {
  error: 0,
  warning: 1,
  info: 2,
  inconsistent: 3,
  unverifiable: 4,
  consistent: 5,
  used: 6,
};
const CHECK_MARK: Record<CheckStatus, MarkKind> = {
  inconsistent: "inconsistent",
  unverifiable: "unverifiable",
  consistent: "consistent",
};

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The finding the mark belongs to (its index), if any: the mark links to it. */
  finding: number | null;
  title: string;
}

const CSS = `
:root{--err:#cf222e;--warn:#d4670a;--info:#0969da;--ok:#1a7f37;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;
--bg-err:#ffebe9;--bg-warn:#fff1e0;--bg-info:#ddf4ff;--bg-ok:#e6f6ea}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:#f6f8fa;font:15px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC",
"Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.top{padding:20px 28px 8px}
.top h1{margin:0 0 4px;font-size:22px}
.top .summary{margin:0;font-weight:600}
.top .meta{margin:2px 0 0;color:var(--muted);font-size:13px}
.toc{margin:8px 28px 0;padding:10px 16px;background:#fff;border:1px solid var(--line);border-radius:8px}
.toc h2{margin:0 0 4px;font-size:15px}
.toc ol{margin:0;padding-left:22px}
.toc li{margin:2px 0}
.file{margin:16px 28px 28px;background:#fff;border:1px solid var(--line);border-radius:8px}
.file-head{padding:14px 18px;border-bottom:1px solid var(--line)}
.file-head h2{margin:0 0 6px;font-size:18px;word-break:break-all}
.counts{margin:0;display:flex;flex-wrap:wrap;gap:6px 8px;align-items:center}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:13px;font-weight:600;border:1px solid}
.badge.error{color:var(--err);background:var(--bg-err)}
.badge.warning{color:var(--warn);background:var(--bg-warn)}
.badge.info{color:var(--info);background:var(--bg-info)}
.badge.clean{color:var(--ok);background:var(--bg-ok)}
.badge.zero{color:var(--muted);background:#fff;border-color:var(--line);font-weight:400}
.coverage{color:var(--muted);font-size:13px}
.legend{margin:8px 0 0;font-size:13px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 14px}
.failed{margin:0;padding:14px 18px;color:var(--err);font-weight:600}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,34%);align-items:start}
.text{padding:10px 0 16px;min-width:0;border-right:1px solid var(--line)}
.cols h3{margin:0 0 6px;padding:0 18px;font-size:14px;color:var(--muted);font-weight:600}
.src{font-size:14px;line-height:1.75}
.ln{display:grid;grid-template-columns:3.6em minmax(0,1fr);min-height:1.75em}
.ln::before{content:attr(data-n);color:#8c959f;text-align:right;padding-right:12px;font:12px/2.05 ui-monospace,monospace;
user-select:none}
.lt{white-space:pre-wrap;overflow-wrap:anywhere;padding-right:18px}
.m{color:inherit;text-decoration:none;border-radius:2px;scroll-margin:35vh 0}
.m-error,.m-warning,.m-info{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;
font-weight:600}
.m-error{text-decoration-color:var(--err);background:var(--bg-err)}
.m-warning{text-decoration-color:var(--warn);background:var(--bg-warn)}
.m-info{text-decoration-color:var(--info);background:var(--bg-info)}
.m-inconsistent{text-decoration:underline dashed var(--warn) 1px;text-underline-offset:3px}
.m-unverifiable{text-decoration:underline dashed #8c959f 1px;text-underline-offset:3px}
.m-consistent{background:var(--bg-ok)}
.m-used{text-decoration:underline dotted #6e7781 1px;text-underline-offset:3px}
a.m:hover{outline:1px solid currentColor}
:target{animation:flash 2s ease-out}
.m:target{outline:2px solid var(--fg);outline-offset:1px}
@keyframes flash{from{background:#fff8c5}}
.list{position:sticky;top:0;max-height:100vh;overflow:auto;padding:10px 0 16px}
.list ol{list-style:none;margin:0;padding:0 14px}
.finding{margin:0 0 10px;padding:8px 12px;border:1px solid var(--line);border-left:4px solid;border-radius:6px;
scroll-margin:12px}
.finding.error{border-left-color:var(--err)}
.finding.warning{border-left-color:var(--warn)}
.finding.info{border-left-color:var(--info)}
.finding:target{box-shadow:0 0 0 2px #0969da55}
.fhead{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline;font-size:13px}
.sev{font-weight:700}
.finding.error .sev{color:var(--err)}
.finding.warning .sev{color:var(--warn)}
.finding.info .sev{color:var(--info)}
.rule{color:var(--muted)}
.msg{margin:4px 0}
.calc{display:grid;grid-template-columns:auto minmax(0,1fr);gap:0 10px;margin:4px 0;font-size:14px}
.calc dt{color:var(--muted)}
.calc dd{margin:0;overflow-wrap:anywhere}
.stated{color:var(--err);text-decoration:line-through}
.expected{color:var(--ok);font-weight:600}
.used,.hint{margin:4px 0 0;font-size:14px}
.used a{margin-right:8px;white-space:nowrap}
.role{color:var(--muted);font-size:12px}
.hint{padding:2px 8px;background:#fff8c5;border-radius:4px}
.clean-note{margin:0 14px;color:var(--ok)}
a{color:#0969da}
@media (max-width:900px){.cols{grid-template-columns:1fr}.text{border-right:0}.list{position:static;max-height:none}}
@media print{body{background:#fff}.list{position:static;max-height:none}.file{break-inside:auto}}
`;

function marksOf(result: AuditResult, opts: FormatOptions): Mark[] {
  const ui = UI[opts.lang];
  const doc = DOC[opts.lang];
  const marks: Mark[] = [];
  result.findings.forEach((f, k) => {
    const message = renderMessage(f, opts.lang, opts.rules);
    marks.push({
      ...bounds(f.span),
      kind: f.severity,
      finding: k,
      title: `${ui.severityLabel(f.severity, f.gross)}${doc.colon}${message}`,
    });
    for (const r of f.related)
      marks.push({
        ...bounds(r),
        kind: "used",
        finding: k,
        title: `${roleName(f.ruleId, r.role, opts.lang, opts.rules)} → ${message}`,
      });
  });
  for (const c of result.checks) {
    const what = `${doc.legend[c.status]}${doc.colon}${c.formula ?? c.ruleId}`;
    marks.push({ ...bounds(c.span), kind: CHECK_MARK[c.status], finding: null, title: what });
    for (const r of c.related)
      marks.push({
        ...bounds(r),
        kind: c.status === "consistent" ? "consistent" : "used",
        finding: null,
        title: what,
      });
  }
  return marks;
}

function bounds(s: Span): { start: number; end: number } {
  return { start: s.start, end: s.end };
}

/** The text, one `.ln` element per line, with the marks and the anchors laid on it. */
function markedText(result: AuditResult, file: number, opts: FormatOptions): string {
  const text = result.text;
  const len = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(Number.isFinite(n) ? Math.trunc(n) : 0, len));
  const marks = marksOf(result, opts)
    .map((m) => ({ ...m, start: clamp(m.start), end: clamp(m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const anchors = new Set<number>();
  for (const f of result.findings) {
    anchors.add(clamp(f.span.start));
    for (const r of f.related) anchors.add(clamp(r.start));
    if (f.hint) anchors.add(clamp(f.hint.span.start));
  }
  for (const m of marks) anchors.add(m.start);

  const cuts = new Set<number>([0, len, ...anchors]);
  for (const m of marks) cuts.add(m.end);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const id = (offset: number) => `f${file}-o${offset}`;
  const lines: string[] = [];
  let line = "";
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const anchor = anchors.has(a) ? ` id="${id(a)}"` : "";
    if (a === len) {
      if (anchor) line += `<span${anchor}></span>`;
      break;
    }
    const b = points[i + 1]!;
    while (next < marks.length && marks[next]!.start <= a) active.push(marks[next++]!);
    active = active.filter((m) => m.end > a);
    const piece = text.slice(a, b);
    if (piece === "\n") {
      if (anchor) line += `<span${anchor}></span>`;
      lines.push(line);
      line = "";
      continue;
    }
    if (active.length === 0) {
      line += anchor ? `<span${anchor}>${escapeHtml(piece)}</span>` : escapeHtml(piece);
      continue;
    }
    const covering = [...active].sort((x, y) => RANK[x.kind] - RANK[y.kind]);
    const best = covering[0]!;
    const linked = covering.find((m) => m.finding !== null);
    const titles = [...new Set(covering.map((m) => m.title))].slice(0, 4).join("\n");
    const attrs = `class="m m-${best.kind}"${anchor} title="${escapeHtml(titles)}"`;
    line +=
      linked && linked.finding !== null
        ? `<a ${attrs} href="#f${file}-n${linked.finding}">${escapeHtml(piece)}</a>`
        : `<span ${attrs}>${escapeHtml(piece)}</span>`;
  }
  lines.push(line);
  return lines
    .map((l, k) => `<div class="ln" data-n="${k + 1}"><span class="lt">${l}</span></div>`)
    .join("\n");
}

function findingItem(f: Finding, k: number, file: number, index: LineIndex, opts: FormatOptions): string {
  const ui = UI[opts.lang];
  const doc = DOC[opts.lang];
  const p = index.point(f.span.start);
  const link = (offset: number) => `#f${file}-o${Math.max(0, Math.min(offset, index.text.length))}`;
  const out = [
    `<li class="finding ${f.severity}" id="f${file}-n${k}">`,
    `<div class="fhead"><span class="sev">${escapeHtml(ui.severityLabel(f.severity, f.gross))}</span>` +
      `<a href="${link(f.span.start)}">${escapeHtml(doc.position(p.line, p.column))}</a>` +
      `<code class="rule">${escapeHtml(f.ruleId)}</code></div>`,
    `<p class="msg">${escapeHtml(renderMessage(f, opts.lang, opts.rules))}</p>`,
  ];
  const calc: string[] = [];
  if (f.stated !== null)
    calc.push(
      `<dt>${escapeHtml(doc.columns.stated)}</dt>` +
        // struck out only when it differs: a finding may also say that a figure holds by another formula
        `<dd><span class="${f.stated === f.expected ? "same" : "stated"}">${escapeHtml(f.stated)}</span></dd>`,
    );
  if (f.expected !== null)
    calc.push(
      `<dt>${escapeHtml(doc.columns.recomputed)}</dt><dd><span class="expected">${escapeHtml(f.expected)}</span></dd>`,
    );
  if (f.formula !== null)
    calc.push(`<dt>${escapeHtml(doc.columns.formula)}</dt><dd>${escapeHtml(f.formula)}</dd>`);
  if (calc.length > 0) out.push(`<dl class="calc">${calc.join("")}</dl>`);
  if (f.related.length > 0) {
    const figures = f.related.map((r) => {
      const q = index.point(r.start);
      const role = roleName(f.ruleId, r.role, opts.lang, opts.rules);
      return (
        `<a href="${link(r.start)}" title="${escapeHtml(doc.position(q.line, q.column))}">` +
        `<span class="role">${escapeHtml(role)}</span> ${escapeHtml(index.text.slice(r.start, r.end))}</a>`
      );
    });
    out.push(`<p class="used">${escapeHtml(doc.figuresUsed + doc.colon)}${figures.join(" ")}</p>`);
  }
  if (f.hint)
    out.push(
      `<p class="hint">${escapeHtml(ui.hint + doc.colon)}` +
        `<a href="${link(f.hint.span.start)}">${escapeHtml(renderHint(f.hint, opts.lang))}</a></p>`,
    );
  out.push("</li>");
  return out.join("\n");
}

function badges(report: FileReport, lang: Lang): string {
  const ui = UI[lang];
  const c = countSeverities([report]);
  if (c.error + c.warning + c.info === 0)
    return `<span class="badge clean">${escapeHtml(DOC[lang].problems(c))}</span>`;
  return (["error", "warning", "info"] as const)
    .map((s) => `<span class="badge ${c[s] > 0 ? s : "zero"}">${escapeHtml(ui.severity[s])} ${c[s]}</span>`)
    .join("");
}

function legend(lang: Lang): string {
  const l = DOC[lang].legend;
  const kinds: MarkKind[] = ["error", "warning", "info", "consistent", "unverifiable", "used"];
  return `<p class="legend">${kinds.map((k) => `<span class="m m-${k}">${escapeHtml(l[k])}</span>`).join("")}</p>`;
}

function fileSection(report: FileReport, file: number, opts: FormatOptions): string {
  const doc = DOC[opts.lang];
  const head = `<h2 id="f${file}-h">${escapeHtml(report.path)}</h2>`;
  const result = report.result;
  if (report.status === "error" || result === null) {
    const err = report.error;
    const reason = err
      ? `${escapeHtml(err.message)}${doc.paren(`<code>${escapeHtml(err.code)}</code>`)}`
      : "";
    return [
      `<section class="file" id="f${file}" aria-labelledby="f${file}-h">`,
      `<header class="file-head">${head}</header>`,
      `<p class="failed">${escapeHtml(doc.unreadable + (err ? doc.colon : ""))}${reason}</p>`,
      "</section>",
    ].join("\n");
  }
  const index = new LineIndex(result.text);
  const items =
    result.findings.length > 0
      ? `<ol>\n${result.findings.map((f, k) => findingItem(f, k, file, index, opts)).join("\n")}\n</ol>`
      : `<p class="clean-note">${escapeHtml(doc.clean(result.stats))}</p>`;
  return [
    `<section class="file" id="f${file}" aria-labelledby="f${file}-h">`,
    `<header class="file-head">${head}`,
    `<p class="counts">${badges(report, opts.lang)}<span class="coverage">${escapeHtml(doc.coverage(result.stats))}</span></p>`,
    legend(opts.lang),
    "</header>",
    `<div class="cols">`,
    `<div class="text"><h3>${escapeHtml(doc.reportText)}</h3>`,
    `<div class="src">\n${markedText(result, file, opts)}\n</div></div>`,
    `<aside class="list"><h3>${escapeHtml(doc.findings)}</h3>\n${items}\n</aside>`,
    "</div>",
    "</section>",
  ].join("\n");
}

function toc(reports: readonly FileReport[], lang: Lang): string {
  const doc = DOC[lang];
  const items = reports.map((r, i) => {
    const status =
      r.status === "error" || r.result === null
        ? `<span class="badge error">${escapeHtml(doc.unreadable)}</span>`
        : badges(r, lang);
    return `<li><a href="#f${i}">${escapeHtml(r.path)}</a> ${status}</li>`;
  });
  return `<nav class="toc"><h2>${escapeHtml(doc.files)}</h2><ol>\n${items.join("\n")}\n</ol></nav>`;
}

function documentOf(reports: readonly FileReport[], opts: FormatOptions, title: string): string {
  const ui = UI[opts.lang];
  const doc = DOC[opts.lang];
  return [
    "<!DOCTYPE html>",
    `<html lang="${LANG_TAG[opts.lang]}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    `<meta name="generator" content="gouji ${escapeHtml(opts.toolVersion)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    `<header class="top"><h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="summary">${escapeHtml(ui.summary(countSeverities(reports)))}</p>`,
    `<p class="meta">gouji ${escapeHtml(opts.toolVersion)}</p></header>`,
    ...(reports.length > 1 ? [toc(reports, opts.lang)] : []),
    "<main>",
    ...reports.map((r, i) => fileSection(r, i, opts)),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** One document for a batch: a list of the files, then a section per file. */
export function formatHtml(reports: readonly FileReport[], opts: FormatOptions): string {
  const title = reports.length === 1 ? `${reports[0]!.path} · ${DOC[opts.lang].title}` : DOC[opts.lang].title;
  return documentOf(reports, opts, title);
}

/** The page of one file (a batch writes one per report, plus an index). */
export function formatHtmlFile(report: FileReport, opts: FormatOptions): string {
  return documentOf([report], opts, `${report.path} · ${DOC[opts.lang].title}`);
}
