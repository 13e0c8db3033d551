/**
 * Writes the same report as .txt, .html, .docx, .xlsx and .pdf under fixtures/formats/, with the
 * writers of the libraries the readers use (or their siblings): `docx` for Word, exceljs for
 * Excel, headless Chromium printing the HTML for PDF. The report is seed 001 (a short one) with a
 * small table from the last table of seed 000 appended.
 *
 *   npx tsx scripts/make-format-fixtures.ts               # fixtures/formats/; PDFs need `chromium`
 *   npx tsx scripts/make-format-fixtures.ts --all <dir>   # every bundled report in every format
 *
 * The builders are exported: the tests build .docx, .xlsx and .html versions of other reports in
 * memory with them, and `minimalPdf` writes small PDFs by hand (a CJK font that PDF readers know
 * without embedding it, ruled tables, a page without text).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FORMATS_DIR = join(ROOT, "fixtures", "formats");

/** A report as blocks: each line of text, and each table as rows of cells. */
export type Block = { kind: "line"; text: string } | { kind: "table"; rows: string[][] };

/**
 * A report's text as blocks. Tables are the two layouts of the seeds: one row per line with
 * TAB-separated cells, or one cell per line (opening with a TAB) with a blank line between rows.
 */
export function parseTxt(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const blocks: Block[] = [];
  const isCell = (l: string | undefined): boolean => (l ?? "").startsWith("\t") && l!.indexOf("\t", 1) < 0;
  const isRow = (l: string | undefined): boolean => (l ?? "").includes("\t") && !isCell(l);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isRow(line)) {
      const rows: string[][] = [];
      while (i < lines.length && (isRow(lines[i]) || (lines[i] === "" && isRow(lines[i + 1])))) {
        if (lines[i] !== "") rows.push(lines[i]!.split("\t"));
        i++;
      }
      blocks.push({ kind: "table", rows });
    } else if (isCell(line)) {
      const rows: string[][] = [];
      let row: string[] = [];
      while (i < lines.length && (isCell(lines[i]) || (lines[i]!.trim() === "" && isCell(lines[i + 1])))) {
        if (isCell(lines[i])) row.push(lines[i]!.slice(1));
        else if (row.length > 0) {
          rows.push(row);
          row = [];
        }
        i++;
      }
      if (row.length > 0) rows.push(row);
      blocks.push({ kind: "table", rows });
    } else {
      blocks.push({ kind: "line", text: line });
      i++;
    }
  }
  return blocks;
}

/** The report's text with every table written as TAB-separated rows and a blank line after it. */
export function toTxt(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "line") out.push(b.text);
    else out.push(...b.rows.map((r) => r.join("\t")), "");
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A self-contained HTML page: each line a paragraph (an empty one for a blank line), tables ruled. */
export function toHtml(blocks: readonly Block[], title: string): string {
  const body = blocks.map((b) => {
    if (b.kind === "line") return `<p>${escapeHtml(b.text.trim())}</p>`;
    const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`);
    return `<table>\n${rows.join("\n")}\n</table>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 2cm; }
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; line-height: 1.5; }
p { margin: 0 0 0.4em; text-indent: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; }
td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

/** A Word document: each line a paragraph (blank lines as empty paragraphs), each table a table. */
export async function toDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (b.kind === "line") return new Paragraph({ children: [new TextRun(b.text.trim())] });
    const width = Math.max(...b.rows.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: b.rows.map(
        (r) =>
          new TableRow({
            children: Array.from(
              { length: width },
              (_, c) =>
                new TableCell({
                  verticalAlign: VerticalAlign.CENTER,
                  children: [
                    new Paragraph({
                      alignment: /^[\d.,%-]+$/.test(r[c] ?? "") ? AlignmentType.RIGHT : AlignmentType.LEFT,
                      children: [new TextRun(r[c] ?? "")],
                    }),
                  ],
                }),
            ),
          }),
      ),
    });
  });
  const doc = new Document({
    creator: "gouji fixtures",
    styles: { default: { document: { run: { font: "SimSun", size: 21 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A number cell as Excel keeps it: the value, and a format that shows the decimals written. */
function excelValue(text: string): { value: ExcelJS.CellValue; numFmt?: string } {
  const pct = /^(-?\d+(?:\.(\d+))?)%$/.exec(text);
  if (pct) {
    const decimals = pct[2]?.length ?? 0;
    return { value: Number(pct[1]) / 100, numFmt: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const num = /^-?\d+(?:\.(\d+))?$/.exec(text);
  if (num) {
    const decimals = num[1]?.length ?? 0;
    return { value: Number(text), numFmt: decimals ? `0.${"0".repeat(decimals)}` : "0" };
  }
  return { value: text };
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 28) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/**
 * An Excel workbook, in the report's order: each run of lines is a sheet with one line per row
 * in column A (a blank line as an empty row); each table is a sheet of its own, named after the
 * line above it when that reads as a caption, with that caption as a title row merged across the
 * table and numbers stored as numbers with the format that shows them as written.
 */
export async function toXlsx(blocks: readonly Block[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "gouji fixtures";
  wb.created = new Date(Date.UTC(2024, 4, 28));
  wb.modified = wb.created;
  const taken = new Set<string>();
  let text: ExcelJS.Worksheet | undefined;
  let part = 0;
  blocks.forEach((b, i) => {
    if (b.kind === "line") {
      const next = blocks[i + 1];
      const caption = next?.kind === "table" && b.text.trim().length <= 40 && b.text.trim() !== "";
      if (caption) return; // it becomes the table's title row
      if (!text) {
        part++;
        text = wb.addWorksheet(sheetName(`正文${part}`, taken));
        text.getColumn(1).width = 120;
      }
      text.addRow([b.text.trim()]);
      return;
    }
    text = undefined;
    const prev = blocks[i - 1];
    const caption = prev?.kind === "line" && prev.text.trim().length <= 40 ? prev.text.trim() : "";
    const ws = wb.addWorksheet(sheetName(caption || `表${i}`, taken));
    const width = Math.max(...b.rows.map((r) => r.length));
    if (caption) {
      ws.addRow([caption]);
      ws.mergeCells(1, 1, 1, width);
    }
    for (const r of b.rows) {
      const row = ws.addRow([]);
      r.forEach((cellText, c) => {
        const { value, numFmt } = excelValue(cellText.trim());
        const cell = row.getCell(c + 1);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      });
    }
    for (let c = 1; c <= width; c++) ws.getColumn(c).width = 20;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Prints an HTML file to PDF with headless Chromium (no header or footer), or returns false. */
export function printPdf(htmlPath: string, pdfPath: string): boolean {
  for (const browser of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      execFileSync(
        browser,
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-pdf-header-footer",
          `--print-to-pdf=${pdfPath}`,
          pathToFileURL(htmlPath).href,
        ],
        { stdio: "ignore", timeout: 60_000 },
      );
      return true;
    } catch {}
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Minimal PDFs written by hand

/** Text drawn at (x, y) from the page's top-left corner, in points, at `size`. */
export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}
/** A line from (x0, y0) to (x1, y1), from the top-left corner, in points. */
export interface PdfLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const PAGE_W = 595;
const PAGE_H = 842;

const utf16Hex = (s: string): string =>
  [...s]
    .map((ch) => {
      const cp = ch.codePointAt(0)!;
      if (cp <= 0xffff) return cp.toString(16).padStart(4, "0");
      const v = cp - 0x10000;
      return ((0xd800 + (v >> 10)).toString(16) + (0xdc00 + (v & 0x3ff)).toString(16)).padStart(8, "0");
    })
    .join("")
    .toUpperCase();

/**
 * A PDF written by hand: each page's text in STSong-Light (a CJK font every PDF reader knows
 * without embedding, with the UniGB-UTF16-H encoding, so that text is written as UTF-16 code
 * units), and its lines stroked. A page with no text and no lines is blank, as a scan's page
 * would be once its image is left out. `rotate` sets /Rotate on every page.
 */
export function minimalPdf(
  pages: { texts?: PdfText[]; lines?: PdfLine[] }[],
  opts: { rotate?: number } = {},
): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(""); // 1, filled below
  const pagesObj = add(""); // 2
  const font = add(
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [4 0 R] >>",
  );
  add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>",
  );
  add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  );
  const kids: number[] = [];
  for (const page of pages) {
    const ops: string[] = [];
    for (const l of page.lines ?? []) {
      ops.push(`0.75 w ${l.x0} ${PAGE_H - l.y0} m ${l.x1} ${PAGE_H - l.y1} l S`);
    }
    for (const t of page.texts ?? []) {
      ops.push(`BT /F1 ${t.size ?? 10.5} Tf ${t.x} ${PAGE_H - t.y} Td <${utf16Hex(t.text)}> Tj ET`);
    }
    const content = ops.join("\n");
    const stream = add(
      `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    );
    const rotate = opts.rotate ? ` /Rotate ${opts.rotate}` : "";
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}]${rotate} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;

  let pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}

// ---------------------------------------------------------------------------------------------

/** The report of the format fixtures: seed 001 and a small table from the last table of seed 000. */
export function formatsReport(): string {
  const report = readFileSync(join(ROOT, "fixtures/reports/001_a226ff0f735a312a.txt"), "utf8");
  const seed000 = parseTxt(readFileSync(join(ROOT, "fixtures/reports/000_fa781c69551907ec.txt"), "utf8"));
  const last = seed000.filter((b) => b.kind === "table").at(-1);
  if (last?.kind !== "table") throw new Error("seed 000 has no table");
  // The header, the first three rows (one with an empty 备注) and the last one.
  const rows = [...last.rows.slice(0, 4), last.rows.at(-1)!];
  const table: Block[] = [
    { kind: "line", text: "" },
    { kind: "line", text: "项目预算资金说明表" },
    { kind: "table", rows: rows.map((r) => r.map((c) => c.trim())) },
  ];
  return toTxt([...parseTxt(report), ...table]);
}

/** Writes `name`.{txt,html,docx,xlsx,pdf} of a report's text into `dir`; false when no PDF could be printed. */
export async function writeFormats(text: string, dir: string, name: string, title: string): Promise<boolean> {
  const blocks = parseTxt(text);
  const at = (ext: string) => join(dir, `${name}.${ext}`);
  writeFileSync(at("txt"), text);
  writeFileSync(at("html"), toHtml(blocks, title));
  writeFileSync(at("docx"), await toDocx(blocks));
  writeFileSync(at("xlsx"), await toXlsx(blocks));
  return printPdf(at("html"), at("pdf"));
}

async function main(args: readonly string[]): Promise<void> {
  const all = args.indexOf("--all");
  if (all >= 0) {
    // Every bundled report in every format, into a folder: `--all out/formats`.
    const dir = args[all + 1];
    if (!dir) throw new Error("--all needs a folder");
    mkdirSync(dir, { recursive: true });
    const reports = join(ROOT, "fixtures", "reports");
    for (const file of readdirSync(reports).filter((f) => f.endsWith(".txt"))) {
      const printed = await writeFormats(
        readFileSync(join(reports, file), "utf8"),
        dir,
        file.slice(0, -4),
        file,
      );
      console.log(`${file}: txt html docx xlsx${printed ? " pdf" : " (no chromium: no pdf)"}`);
    }
    return;
  }
  const txt = formatsReport();
  const blocks = parseTxt(txt);
  const at = (name: string) => join(FORMATS_DIR, name);
  writeFileSync(at("report.txt"), txt);
  writeFileSync(at("report.html"), toHtml(blocks, "整体绩效自评报告"));
  writeFileSync(at("report.docx"), await toDocx(blocks));
  writeFileSync(at("report.xlsx"), await toXlsx(blocks));
  console.log(`wrote ${FORMATS_DIR}/report.{txt,html,docx,xlsx}`);
  // The PDFs: this report, and seed 000 (whose findings the tests compare), printed by Chromium.
  const tmp = mkdtempSync(join(tmpdir(), "gouji-fixtures-"));
  try {
    const seed = readFileSync(join(ROOT, "fixtures/reports/000_fa781c69551907ec.txt"), "utf8");
    const printed: [string, string, string][] = [
      [txt, "report", "整体绩效自评报告"],
      [seed, "seed000", "2020年度部门整体支出绩效自评报告"],
    ];
    for (const [text, name, title] of printed) {
      const html = join(tmp, `${name}.html`);
      writeFileSync(html, toHtml(parseTxt(text), title));
      if (printPdf(html, at(`${name}.pdf`))) console.log(`wrote ${name}.pdf with Chromium`);
      else console.warn(`no chromium: ${name}.pdf left as it is`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
