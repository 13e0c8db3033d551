/**
 * readReport over the document formats: the reader chosen by content first, then by extension;
 * every damaged, encrypted or unsupported file a clear error of its own; .docx tables kept as
 * tables; folders walked for the new extensions.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalPdf } from "../../scripts/make-format-fixtures.js";
import { readDocx } from "../../src/ingest/docx.js";
import {
  DOCUMENT_EXTENSIONS,
  expandInputs,
  INGEST_MESSAGES,
  REPORT_EXTENSIONS,
  readReport,
} from "../../src/ingest/index.js";
import { listZip } from "../../src/ingest/zip.js";

let dir: string;
const at = (name: string) => join(dir, name);

const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ ...opts, children: [new Paragraph(text)] });

/** A Word document with a paragraph, an empty paragraph, a table with merged cells, and a closing line. */
async function wordDocument(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun("实际到位预算为"),
              new TextRun({ text: "14631.38", bold: true }),
              new TextRun("万元。"),
            ],
          }),
          new Paragraph(""),
          new Paragraph("说明表"),
          new Table({
            rows: [
              new TableRow({ children: [cell("项目", { rowSpan: 2 }), cell("预算", { columnSpan: 2 })] }),
              new TableRow({ children: [cell("年初"), cell("调整")] }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph("促企业"), new Paragraph("上规模")] }),
                  cell("500"),
                  cell("462"),
                ],
              }),
            ],
          }),
          new Paragraph("完。"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The first bytes of an OLE2 compound file, with a stream name in its directory. */
const ole = (stream: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from(iconv.encode(stream, "utf16le")),
    Buffer.alloc(512),
  ]);

let docx: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gouji-formats-read-"));
  docx = await wordDocument();
  const report = await readFile("fixtures/formats/report.xlsx");
  const files: Record<string, Uint8Array | string> = {
    "report.docx": docx,
    "named-as.txt": docx, // a .docx under another name
    "named-as.xlsx": docx,
    "truncated.docx": docx.subarray(0, docx.length - 100),
    "empty.docx": "",
    "text.docx": "这不是 Word 文档",
    "nodocument.docx": withoutPart(docx, "word/document.xml"),
    "noworkbook.xlsx": withoutPart(report, "xl/workbook.xml"),
    "truncated.xlsx": report.subarray(0, 4000),
    "locked.docx": ole("EncryptedPackage"),
    "old.xlsx": ole("Workbook"),
    "old.doc": ole("WordDocument"),
    "text.doc": "纯文本，但名为 .doc",
    "scan.pdf": minimalPdf([{}]),
    "broken.pdf": "%PDF-1.7\n%\xe2\xe3\xcf\xd3\nbroken",
    "pdf-named.txt": minimalPdf([{ texts: [{ x: 72, y: 80, text: "名为文本的PDF" }] }]),
    "gbk.html": iconv.encode("<p>资金使用率为99.26%</p><table><tr><td>甲</td><td>1</td></tr></table>", "gbk"),
    "page.HTM": "<p>大写扩展名</p>",
  };
  for (const [name, content] of Object.entries(files)) await writeFile(at(name), content);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An Office file's bytes with the name of its main part changed, so that the part is missing. */
function withoutPart(bytes: Uint8Array, part: string): Uint8Array {
  const out = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (let i = out.indexOf(name); i >= 0; i = out.indexOf(name, i + 1)) out.write("Q", i + part.length - 5);
  return new Uint8Array(out);
}

describe("readReport: .docx", () => {
  it("keeps paragraphs as lines and tables as TAB-separated rows, merged cells on their grid", async () => {
    expect(await readReport(at("report.docx"))).toEqual({
      ok: true,
      path: at("report.docx"),
      text: "实际到位预算为14631.38万元。\n\n说明表\n项目\t预算\t\n\t年初\t调整\n促企业 上规模\t500\t462\n\n完。\n",
      format: "docx",
      encoding: null,
      bytes: docx.length,
    });
  });

  it("reads a .docx by its content, whatever its name", async () => {
    for (const name of ["named-as.txt", "named-as.xlsx"]) {
      expect(await readReport(at(name))).toMatchObject({ ok: true, format: "docx" });
    }
  });

  it("refuses a .docx that unpacks too large", async () => {
    expect(await readDocx(docx, { maxUnzipped: 2048 })).toMatchObject({
      ok: false,
      code: "too-large",
      detail: expect.stringMatching(
        /^a Word document \(\.docx\) that unpacks to [\d.]+ KiB, above the limit of 2 KiB$/,
      ),
    });
  });
});

describe("readReport: .html", () => {
  it("decodes the bytes (GBK here) and converts the markup", async () => {
    expect(await readReport(at("gbk.html"))).toMatchObject({
      ok: true,
      format: "html",
      encoding: "gb18030",
      text: "资金使用率为99.26%\n甲\t1\n",
    });
    expect(await readReport(at("page.HTM"))).toMatchObject({
      ok: true,
      format: "html",
      text: "大写扩展名\n",
    });
  });
});

describe("readReport: errors are values, each naming the format", () => {
  const cases: [string, string, string][] = [
    ["truncated.docx", "corrupt", "not a valid Word document (.docx): no ZIP central directory"],
    ["empty.docx", "corrupt", "not a valid Word document (.docx)"],
    ["text.docx", "corrupt", "not a valid Word document (.docx)"],
    ["nodocument.docx", "corrupt", "not a valid Word document (.docx): it has no word/document.xml"],
    ["noworkbook.xlsx", "corrupt", "not a valid Excel workbook (.xlsx): it has no xl/workbook.xml"],
    ["truncated.xlsx", "corrupt", "not a valid Excel workbook (.xlsx)"],
    ["locked.docx", "encrypted", "a Word document (.docx) protected by a password"],
    ["old.xlsx", "unsupported-format", "named .xlsx but looks like an Excel workbook (.xls)"],
    ["old.doc", "unsupported-format", "a Word document (.doc)"],
    ["text.doc", "unsupported-format", "a Word document (.doc)"],
    ["scan.pdf", "no-text-layer", "1 page without any text: a scanned or image-only PDF"],
    ["broken.pdf", "corrupt", "not a valid PDF file"],
  ];
  it.each(cases)("%s: %s", async (name, code, detail) => {
    const result = await readReport(at(name));
    expect(result).toMatchObject({ ok: false, path: at(name), code });
    expect(result.ok ? "" : result.detail).toContain(detail);
  });

  it("reads a PDF by its content, whatever its name", async () => {
    expect(await readReport(at("pdf-named.txt"))).toMatchObject({
      ok: true,
      format: "pdf",
      text: "名为文本的PDF\n",
    });
  });

  it("has a message in Chinese and English for the new codes, saying what to do", () => {
    expect(INGEST_MESSAGES["no-text-layer"]!.zh).toContain("OCR");
    expect(INGEST_MESSAGES["no-text-layer"]!.en).toContain("OCR");
    for (const code of ["corrupt", "encrypted", "no-text-layer"]) {
      expect(INGEST_MESSAGES[code]!.zh).toContain("{{detail}}");
      expect(INGEST_MESSAGES[code]!.en).toContain("{{detail}}");
    }
  });
});

describe("listZip", () => {
  it("lists the parts of an archive with their sizes", () => {
    const listing = listZip(docx);
    expect(listing.ok && listing.entries.map((e) => e.name)).toContain("word/document.xml");
    expect(listing.ok && listing.entries.every((e) => e.uncompressed >= 0)).toBe(true);
  });

  it("says why a file has no central directory", () => {
    expect(listZip(new Uint8Array(10))).toEqual({
      ok: false,
      detail: "no ZIP central directory (truncated or not a ZIP archive)",
    });
  });
});

describe("expandInputs: the document formats", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "gouji-formats-walk-"));
    const names = [
      "a.txt",
      "b.docx",
      "c.PDF",
      "d.xlsx",
      "e.html",
      "f.htm",
      "g.doc",
      "~$b.docx",
      "h.xls",
      "sub/i.pdf",
    ];
    await mkdir(join(root, "sub"));
    for (const name of names) await writeFile(join(root, name), "x");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("walks a folder for every format read, skipping Office owner files (~$…)", async () => {
    const rel = relative(process.cwd(), root).split(sep).join("/");
    const { files } = await expandInputs([rel]);
    expect(files.map((f) => f.slice(rel.length + 1))).toEqual([
      "a.txt",
      "b.docx",
      "c.PDF",
      "d.xlsx",
      "e.html",
      "f.htm",
      "sub/i.pdf",
    ]);
  });

  it("lists the extensions", () => {
    expect(DOCUMENT_EXTENSIONS).toEqual([".html", ".htm", ".docx", ".pdf", ".xlsx"]);
    expect(REPORT_EXTENSIONS).toEqual([
      ".txt",
      ".md",
      ".markdown",
      ".text",
      ".html",
      ".htm",
      ".docx",
      ".pdf",
      ".xlsx",
    ]);
  });
});
