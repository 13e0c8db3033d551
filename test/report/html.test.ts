import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  type FileReport,
  type FormatOptions,
  formatHtml,
  formatHtmlFile,
  formatters,
} from "../../src/report/index.js";
import type { CheckRecord } from "../../src/types.js";
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
  STATS,
  TEXT,
} from "./helpers.js";

const zh: FormatOptions = { lang: "zh", color: false, toolVersion: "0.1.0" };
const en: FormatOptions = { ...zh, lang: "en" };

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The report text as the page shows it: the lines of the n-th file, tags stripped, entities decoded. */
function shownText(html: string, file = 0): string {
  const section = html.slice(html.indexOf(`<section class="file" id="f${file}"`));
  const src = section.slice(section.indexOf('<div class="src">'), section.indexOf("</section>"));
  const lines = [...src.matchAll(/<div class="ln" data-n="(\d+)"><span class="lt">(.*?)<\/span><\/div>/gs)];
  for (const [k, m] of lines.entries()) expect(m[1]).toBe(String(k + 1));
  return lines.map((m) => decode(m[2]!.replace(/<[^>]*>/g, ""))).join("\n");
}

/** The marked stretches of the report text (not of the legend), in order: kind, text, id, href. */
function textMarks(html: string): { kind: string; text: string; id: string | null; href: string | null }[] {
  const texts = [...html.matchAll(/<div class="src">([\s\S]*?)<\/div><\/div>\n<aside/g)]
    .map((m) => m[1])
    .join("");
  return [...texts.matchAll(/<(a|span) class="m m-([a-z]+)"([^>]*)>([^<]*)<\/\1>/g)].map((m) => ({
    kind: m[2]!,
    text: decode(m[4]!),
    id: /\bid="([^"]*)"/.exec(m[3]!)?.[1] ?? null,
    href: /\bhref="([^"]*)"/.exec(m[3]!)?.[1] ?? null,
  }));
}

const ATTRIBUTES = new Set([
  "class",
  "id",
  "href",
  "title",
  "lang",
  "charset",
  "name",
  "content",
  "http-equiv",
  "data-n",
  "aria-labelledby",
]);

/** Every tag is well formed, with quoted values and only the attributes we write. */
function expectSafeTags(html: string): void {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, "<style></style>");
  for (const [tag] of body.matchAll(/<[^>]*>/g)) {
    if (tag === "<!DOCTYPE html>" || tag.startsWith("</")) continue;
    expect(tag).toMatch(/^<[a-z][a-z0-9]*(\s+[a-z-]+="[^"<>]*")*>$/);
    for (const [, name] of tag.matchAll(/\s([a-z-]+)="/g)) expect(ATTRIBUTES.has(name!)).toBe(true);
  }
  for (const [, href] of body.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^#f\d+(-[on]\d+)?$/);
}

/** Every link inside the page points at an element of the page, and ids are unique. */
function expectLinksResolve(html: string): void {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  for (const [, href] of html.matchAll(/\shref="#([^"]*)"/g)) expect(ids).toContain(href);
}

describe("formatHtml: the page", () => {
  const out = formatHtml([ok("reports/a.txt", [finding()])], zh);

  it("is one self-contained document in Chinese, without script or external assets", () => {
    expect(formatters.html).toBe(formatHtml);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(out.trimEnd().endsWith("</html>")).toBe(true);
    expect(out).toContain("<style>");
    expect(out).toContain("default-src 'none'");
    expect(out).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import|https?:\/\//i);
    expect(out).not.toContain("\r");
    expectSafeTags(out);
    expectLinksResolve(out);
  });

  it("has a header with the file name and the counts", () => {
    expect(out).toContain("<title>reports/a.txt · 勾稽核查报告</title>");
    expect(out).toContain('<h2 id="f0-h">reports/a.txt</h2>');
    expect(out).toContain('<span class="badge zero">错误 0</span>');
    expect(out).toContain('<span class="badge warning">警告 1</span>');
    expect(out).toContain("数字 412 个；核对关系 57 条：一致 50，不一致 6，无法核验 1");
    expect(out).toContain("✖ 1 个问题（0 个错误，1 个警告，0 条提示），共 1 个文件");
  });

  it("shows the report's text unchanged, line by line", () => {
    expect(shownText(out)).toBe(TEXT.replace(/\r/g, ""));
    expect(out).toContain(`<div class="ln" data-n="${LINE}">`);
  });

  it("marks the wrong figure by severity, linked to its finding, with an anchor by offset", () => {
    const rate = textMarks(out).find((m) => m.id === `f0-o${RATE_START}`)!;
    expect(rate).toEqual({ kind: "warning", text: "99.26%", id: `f0-o${RATE_START}`, href: "#f0-n0" });
    const error = textMarks(formatHtml([ok("a.txt", [finding({ severity: "error" })])], zh));
    expect(error.find((m) => m.text === "99.26%")?.kind).toBe("error");
    const info = textMarks(formatHtml([ok("a.txt", [finding({ severity: "info" })])], zh));
    expect(info.find((m) => m.text === "99.26%")?.kind).toBe("info");
  });

  it("marks the figures a finding used, and only the figures, not the text between them", () => {
    const ms = textMarks(out);
    expect(ms.find((m) => m.id === `f0-o${RECEIVED_START}`)).toMatchObject({
      kind: "used",
      text: "14631.38",
    });
    // the check in helpers.ts (inconsistent) used 14516.58 as well: still a figure "used"
    expect(ms.find((m) => m.id === `f0-o${SPENT_START}`)).toMatchObject({ kind: "used", text: "14516.58" });
    for (const m of ms) expect(["99.26%", "99.26", "14516.58", "14631.38"]).toContain(m.text);
  });

  it("marks verified figures subtly, and the other outcomes of checks", () => {
    const checks: CheckRecord[] = [
      { ...CHECK, status: "consistent", span: { start: SPENT_START, end: SPENT_START + 8 }, related: [] },
      {
        ...CHECK,
        status: "unverifiable",
        span: { start: RECEIVED_START, end: RECEIVED_START + 8 },
        related: [],
      },
      { ...CHECK, status: "inconsistent", span: RATE, related: [] },
    ];
    const ms = textMarks(formatHtml([ok("a.txt", [], { checks })], zh));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ["unverifiable", "14631.38"],
      ["consistent", "14516.58"],
      ["inconsistent", "99.26%"],
    ]);
    expect(ms.every((m) => m.href === null)).toBe(true);
  });

  it("handles overlapping spans: each stretch takes the most severe mark covering it", () => {
    const text = "资金使用率为99.26%（合计100.00%）。";
    const a = text.indexOf("99.26%");
    const f = finding({
      span: { start: a, end: a + 6 },
      related: [],
      hint: { ...finding().hint!, span: { start: a, end: a + 5 } },
    });
    const checks: CheckRecord[] = [
      { ...CHECK, status: "consistent", span: { start: a + 3, end: a + 9 }, related: [] },
      { ...CHECK, status: "consistent", span: { start: a, end: a + 6 }, related: [] },
    ];
    const html = formatHtml([ok("a.txt", [f], { text, checks })], zh);
    expect(shownText(html)).toBe(text);
    const ms = textMarks(html);
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ["warning", "99."],
      ["warning", "26%"],
      ["consistent", "（合计"],
    ]);
    expect(ms[0]!.id).toBe(`f0-o${a}`);
    expect(ms[1]!.id).toBe(`f0-o${a + 3}`);
    expect(ms[0]!.href).toBe("#f0-n0");
    expectLinksResolve(html);
  });

  it("survives spans out of range and empty spans", () => {
    const f = finding({
      span: { start: TEXT.length - 2, end: TEXT.length + 50 },
      related: [{ start: 5, end: 5, role: "part" }],
      hint: null,
    });
    const html = formatHtml([ok("a.txt", [f], { checks: [] })], zh);
    expect(shownText(html)).toBe(TEXT.replace(/\r/g, ""));
    expectLinksResolve(html);
  });

  it("uses UTF-16 offsets for anchors after a non-BMP character", () => {
    const text = "标题\n𠀀资金使用率为99.26%。";
    const start = text.indexOf("99.26%");
    const html = formatHtml(
      [
        ok("a.txt", [finding({ span: { start, end: start + 6 }, related: [], hint: null })], {
          text,
          checks: [],
        }),
      ],
      zh,
    );
    expect(textMarks(html)[0]).toMatchObject({ id: `f0-o${start}`, text: "99.26%" });
    expect(html).toContain("第 2 行第 9 列");
    expect(shownText(html)).toBe(text);
  });
});

describe("formatHtml: the list of findings", () => {
  const out = formatHtml([ok("reports/a.txt", [finding()])], zh);
  const item = out.slice(out.indexOf('<li class="finding warning" id="f0-n0">'), out.indexOf("</li>"));

  it("gives each finding its message, position and rule", () => {
    expect(item).toContain(
      '<p class="msg">资金使用率 应为 99.22%（14516.58 ÷ 14631.38 × 100%），报告为 99.26%</p>',
    );
    expect(item).toContain('<span class="sev">警告</span>');
    expect(item).toContain(
      `<a href="#f0-o${RATE_START}">第 ${LINE} 行第 ${RATE_START - LINE_START + 1} 列</a>`,
    );
    expect(item).toContain('<code class="rule">rate/fund-usage</code>');
  });

  it("shows the recomputation: stated, recomputed, formula", () => {
    expect(item).toContain('<dt>报告值</dt><dd><span class="stated">99.26%</span></dd>');
    expect(item).toContain('<dt>重算值</dt><dd><span class="expected">99.22%</span></dd>');
    expect(item).toContain("<dt>算式</dt><dd>14516.58 ÷ 14631.38 × 100%</dd>");
    const same = formatHtml([ok("a.txt", [finding({ expected: "99.26%" })])], zh);
    expect(same).toContain('<span class="same">99.26%</span>');
  });

  it("links the figures it used to their place in the text, named by role", () => {
    expect(item).toContain(
      `<a href="#f0-o${SPENT_START}" title="第 4 行第 5 列"><span class="role">分子</span> 14516.58</a>`,
    );
    expect(item).toContain(`<a href="#f0-o${RECEIVED_START}"`);
    expect(item).toContain('<span class="role">分母</span> 14631.38</a>');
  });

  it("gives the hint, linked to the figure it is about", () => {
    expect(item).toContain(
      `<p class="hint">提示：<a href="#f0-o${RATE_START}">99.26 可能应为 99.22（数字写错）</a></p>`,
    );
    const none = formatHtml(
      [ok("a.txt", [finding({ hint: null, stated: null, expected: null, formula: null, related: [] })])],
      zh,
    );
    expect(none).not.toContain('class="hint"');
    expect(none).not.toContain('class="calc"');
    expect(none).not.toContain('class="used"');
  });

  it("labels a gross finding", () => {
    const g = formatHtml([ok("a.txt", [finding({ severity: "error", gross: true })])], zh);
    expect(g).toContain('<span class="sev">错误（结论性错误）</span>');
    expect(g).toContain('<li class="finding error" id="f0-n0">');
  });
});

describe("formatHtml: languages, error files, clean files, batches", () => {
  it("is in English with lang en", () => {
    const out = formatHtml([ok("a.txt", [finding()])], en);
    expect(out).toContain('<html lang="en">');
    expect(out).toContain("<h3>Report text</h3>");
    expect(out).toContain("<h3>Findings</h3>");
    expect(out).toContain(
      "Fund usage rate should be 99.22% (14516.58 ÷ 14631.38 × 100%); the report states 99.26%",
    );
    expect(out).toContain("<dt>Stated</dt>");
    expect(out).toContain('<span class="role">numerator</span> 14516.58');
    expect(out).toContain("hint: <a");
    expect(out).toContain("line 4, column 55");
    expect(out).toContain("412 figures; 57 relations checked: 50 consistent, 6 inconsistent, 1 unverifiable");
    expect(out).not.toMatch(/报告原文|发现的问题|所用数字/);
  });

  it("gives a file that could not be read its reason, and no text", () => {
    const out = formatHtml([failed("reports/missing.txt")], zh);
    expect(out).toContain('<h2 id="f0-h">reports/missing.txt</h2>');
    expect(out).toContain('<p class="failed">无法读取：文件不存在（<code>ENOENT</code>）</p>');
    expect(out).not.toContain('class="src"');
    expect(out).toContain("✖ 共 1 个文件，其中 1 个无法读取");
    expect(formatHtml([failed("x.txt")], en)).toContain(
      '<p class="failed">could not be read: 文件不存在 (<code>ENOENT</code>)</p>',
    );
    expectSafeTags(out);
  });

  it("says a file without findings is clean, and still marks its checked figures", () => {
    const checks: CheckRecord[] = [{ ...CHECK, status: "consistent" }];
    const out = formatHtml(
      [ok("clean.txt", [], { checks, stats: { ...STATS, inconsistent: 0, consistent: 56 } })],
      zh,
    );
    expect(out).toContain('<span class="badge clean">未发现问题</span>');
    expect(out).toContain('<p class="clean-note">未发现问题：核对关系 57 条，一致 56，无法核验 1。</p>');
    expect(out).not.toContain('class="finding');
    expect(textMarks(out).map((m) => m.kind)).toEqual(["consistent", "consistent"]);
    expect(out).toContain("✔ 未发现问题");
  });

  it("makes one document with a section per file, and a list of the files", () => {
    const reports: FileReport[] = [
      ok("a.txt", [finding()]),
      failed("b.txt"),
      ok("c.txt", [finding({ severity: "error" })]),
    ];
    const out = formatHtml(reports, zh);
    expect(out).toContain('<nav class="toc">');
    for (const i of [0, 1, 2]) expect(out).toContain(`<section class="file" id="f${i}"`);
    expect(out).toContain('<li><a href="#f1">b.txt</a> <span class="badge error">无法读取</span></li>');
    expect(out).toContain(`id="f2-o${RATE_START}"`);
    expect(out).toContain('href="#f2-n0"');
    expect(out).toContain("<title>勾稽核查报告</title>");
    expect(shownText(out, 2)).toBe(TEXT.replace(/\r/g, ""));
    expectLinksResolve(out);
    expectSafeTags(out);
  });

  it("makes the page of one file with formatHtmlFile", () => {
    const r = ok("reports/a.txt", [finding()]);
    const page = formatHtmlFile(r, zh);
    expect(page).toBe(formatHtml([r], zh));
    expect(page).not.toContain('<nav class="toc">');
    expect(formatHtmlFile(r, en)).toContain('<html lang="en">');
  });

  it("is an empty page for no reports", () => {
    const out = formatHtml([], zh);
    expect(out).toContain("✔ 未发现问题");
    expect(out).not.toContain("<section");
  });
});

describe("formatHtml: a report is untrusted input", () => {
  const evil = [
    "标题<script>alert(1)</script>",
    `名称" onmouseover="x 资金使用率为99.26%，'单引号' &lt;b&gt; & <img src=x onerror=alert(2)>`,
    "</div></section><script>alert(3)</script>",
    "",
  ].join("\n");
  const at = evil.indexOf("99.26%");
  const f = finding({
    span: { start: at, end: at + 6 },
    related: [{ start: 0, end: 2, role: `"><script>alert(4)</script>` }],
    stated: `"><script>alert(5)</script>`,
    expected: "<b>99.22%</b>",
    formula: `14516.58 ÷ "x" onmouseover="y"`,
    data: { ...finding().data, name: "<script>alert(6)</script>", nameEn: "<script>" },
    hint: { span: { start: at, end: at + 5 }, written: "<i>", probably: '"', slip: "digit" },
  });
  const reports: FileReport[] = [
    ok(`reports/<script>alert(7)</script>" onmouseover="z.txt`, [f], { text: evil, checks: [] }),
    {
      path: "<img src=x onerror=alert(8)>.docx",
      status: "error",
      error: { code: '"><script>', message: "<script>alert(9)</script>" },
      result: null,
    },
  ];

  for (const [name, opts] of [
    ["zh", zh],
    ["en", en],
  ] as const)
    it(`escapes every piece of report text, path and message (${name})`, () => {
      const out = formatHtml(reports, opts);
      expect(out).not.toMatch(/<script/i);
      expect(out).not.toMatch(/<img/i);
      expect(out).not.toMatch(/<b>|<i>/);
      expect(out).not.toContain('onmouseover="');
      expect(out).not.toMatch(/<[^>]*\son[a-z]+=/i);
      expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(out).toContain("&amp;lt;b&amp;gt; &amp; &lt;img");
      expect(out).toContain("名称&quot; onmouseover=&quot;x");
      expect(out).toContain("&#39;单引号&#39;");
      expectSafeTags(out);
      expectLinksResolve(out);
      expect(shownText(out)).toBe(evil);
    });

  it("escapes one file's page the same way", () => {
    const page = formatHtmlFile(reports[0]!, zh);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain(
      "<title>reports/&lt;script&gt;alert(7)&lt;/script&gt;&quot; onmouseover=&quot;z.txt · 勾稽核查报告</title>",
    );
    expectSafeTags(page);
  });

  it("escapeHtml escapes the five characters and drops control characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
    expect(escapeHtml("a\r\nb\u0000c\u001bd\te")).toBe("a\nb c d\te");
  });
});
