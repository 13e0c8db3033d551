/**
 * The same report audited from .txt, .html, .docx, .xlsx and .pdf gives the same findings and the
 * same checks. The committed fixtures (fixtures/formats/, written by scripts/make-format-fixtures.ts;
 * the PDFs printed by Chromium, so that no browser is needed here) and, built in memory with the
 * same writers, every bundled report as .html, .docx and .xlsx.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTxt, toDocx, toHtml, toXlsx } from "../../scripts/make-format-fixtures.js";
import { audit } from "../../src/audit.js";
import { cellAt, readReport } from "../../src/ingest/index.js";

const FORMATS = "fixtures/formats";
const REPORTS = "fixtures/reports";

/** What must not depend on the format: each finding's rule, severity and values, and every check. */
function signature(text: string) {
  const result = audit(text);
  return {
    findings: result.findings
      .map((f) =>
        [
          f.ruleId,
          f.severity,
          f.gross,
          f.stated,
          f.expected,
          f.formula,
          f.hint ? `${f.hint.written}→${f.hint.probably}` : null,
        ].join(" | "),
      )
      .sort(),
    checks: result.checks.map((c) => [c.ruleId, c.status, c.formula].join(" | ")).sort(),
  };
}

async function readOk(path: string) {
  const read = await readReport(path);
  if (!read.ok) throw new Error(`${path}: ${read.code}: ${read.detail}`);
  return read;
}

/** Lines with their text, without blank lines and the spaces at their ends. */
const contentLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

describe("the format fixtures: report.{txt,html,docx,xlsx,pdf}", () => {
  let txt: string;
  let expected: ReturnType<typeof signature>;
  beforeAll(async () => {
    txt = (await readOk(`${FORMATS}/report.txt`)).text;
    expected = signature(txt);
  });

  it("the .txt is seed 001 with a table of seed 000, and gives checks to compare", async () => {
    const seed = await readFile(`${REPORTS}/001_a226ff0f735a312a.txt`, "utf8");
    expect(txt.startsWith(seed.replace(/\n+$/, ""))).toBe(true);
    expect(txt).toContain("中小企业发展专项资金\t1000\t1000\t952.2\t财政年末收回47.8万元");
    expect(expected.checks.length).toBeGreaterThan(10);
  });

  it.each([
    ["html", "html"],
    ["docx", "docx"],
    ["xlsx", "xlsx"],
    ["pdf", "pdf"],
  ])(".%s gives the findings and checks of the .txt", async (ext, format) => {
    const read = await readOk(`${FORMATS}/report.${ext}`);
    expect(read.format).toBe(format);
    expect(signature(read.text)).toEqual(expected);
  });

  it.each(["html", "docx"])(".%s gives the lines of the .txt", async (ext) => {
    const read = await readOk(`${FORMATS}/report.${ext}`);
    expect(contentLines(read.text)).toEqual(contentLines(txt));
  });

  it(".pdf gives the lines of the .txt: wrapped lines joined again, the table as TAB-separated rows", async () => {
    const read = await readOk(`${FORMATS}/report.pdf`);
    expect(read.encoding).toBeNull();
    expect(contentLines(read.text)).toEqual(contentLines(txt));
  });

  it(".xlsx gives the lines of the .txt under its sheet names, and maps the table's cells", async () => {
    const read = await readOk(`${FORMATS}/report.xlsx`);
    const lines = contentLines(read.text);
    expect(lines[0]).toBe("正文1");
    expect(lines.slice(1)).toEqual(contentLines(txt));
    const at = (s: string) => cellAt(read.sourceMap, read.text.indexOf(s));
    expect(at("952.2")).toBe("项目预算资金说明表!D4");
    expect(at("财政年末收回47.8万元")).toBe("项目预算资金说明表!E4");
    expect(at("评价年度")).toBe("正文1!A3");
    expect(at("正文1")).toBeNull();
  });
});

describe("seed 000, printed to PDF by Chromium", () => {
  it("gives the findings and checks of the .txt", async () => {
    const txt = (await readOk(`${REPORTS}/000_fa781c69551907ec.txt`)).text;
    const pdf = await readOk(`${FORMATS}/seed000.pdf`);
    const expected = signature(txt);
    expect(expected.findings.length).toBeGreaterThanOrEqual(5);
    expect(signature(pdf.text)).toEqual(expected);
  });
});

describe("every bundled report, written as .html, .docx and .xlsx in memory", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gouji-formats-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    "000_fa781c69551907ec",
    "001_a226ff0f735a312a",
    "002_495ccd9337c7ed69",
    "003_c4e8127b72b77013",
    "004_66fa9d42216a2214",
  ])("%s", async (name) => {
    const txt = await readFile(`${REPORTS}/${name}.txt`, "utf8");
    const blocks = parseTxt(txt);
    await writeFile(join(dir, `${name}.html`), toHtml(blocks, name));
    await writeFile(join(dir, `${name}.docx`), await toDocx(blocks));
    await writeFile(join(dir, `${name}.xlsx`), await toXlsx(blocks));
    const expected = signature(txt);
    for (const ext of ["html", "docx", "xlsx"]) {
      const read = await readOk(join(dir, `${name}.${ext}`));
      expect({ ext, ...signature(read.text) }).toEqual({ ext, ...expected });
    }
  });

  it("lists no other bundled report to compare", async () => {
    const names = (await readdir(REPORTS)).filter((f) => f.endsWith(".txt"));
    expect(names).toHaveLength(5);
  });
});
