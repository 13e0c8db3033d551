/** readReport(): files on disk in a temporary folder, every success and every error code. */
import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, readReport, TEXT_EXTENSIONS } from "../../src/ingest/index.js";

const SENTENCE =
  "实际到位预算为14631.38万元，其中基本收入为2646.16万元，项目收入为11985.22万元；资金使用率为99.26%。";

let dir: string;
const at = (name: string) => join(dir, name);

const FILES: Record<string, Uint8Array | string> = {
  "utf8.txt": SENTENCE,
  "bom.md": `\uFEFF# 自评报告\n${SENTENCE}`,
  "gbk.txt": iconv.encode(SENTENCE, "gbk"),
  "utf16.text": Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SENTENCE, "utf16le")]),
  README: SENTENCE, // no extension: read because it decodes as text
  "报告.csv": SENTENCE, // another extension: likewise
  "empty.txt": "",
  "scan.pdf": "not really a PDF, but named like one",
  "table.XLSX": SENTENCE,
  "misnamed.txt": "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
  "image.dat": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  "nul.txt": Buffer.from([0x41, 0x00, 0x00, 0x42, 0x43]),
  "bad.txt": Buffer.from([0x41, 0x42, 0x81, 0x20, 0x43]),
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gouji-read-"));
  for (const [name, content] of Object.entries(FILES)) await writeFile(at(name), content);
  await mkdir(at("folder.txt"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readReport: text", () => {
  const cases: [string, string, string][] = [
    ["utf8.txt", SENTENCE, "utf-8"],
    ["bom.md", `# 自评报告\n${SENTENCE}`, "utf-8-bom"],
    ["gbk.txt", SENTENCE, "gb18030"],
    ["utf16.text", SENTENCE, "utf-16le"],
    ["README", SENTENCE, "utf-8"],
    ["报告.csv", SENTENCE, "utf-8"],
    ["empty.txt", "", "utf-8"],
  ];
  it.each(cases)("%s", async (name, text, encoding) => {
    const bytes = Buffer.from(FILES[name]!).length; // a string is written as UTF-8
    expect(await readReport(at(name))).toEqual({
      ok: true,
      path: at(name),
      text,
      format: "text",
      encoding,
      bytes,
    });
  });

  it("lists the text extensions", () => {
    expect(TEXT_EXTENSIONS).toEqual([".txt", ".md", ".markdown", ".text"]);
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
  });
});

describe("readReport: errors are values", () => {
  const cases: [string, string, string, string][] = [
    ["a missing file", "nope.txt", "not-found", "no such file or directory (ENOENT)"],
    ["a path through a file", "utf8.txt/child.txt", "not-found", "ENOTDIR"],
    ["a folder", "folder.txt", "is-directory", "is a directory"],
    ["a .pdf that is no PDF, by its extension", "scan.pdf", "corrupt", "not a valid PDF file"],
    [
      "an .xlsx that is no workbook, by its extension in any case",
      "table.XLSX",
      "corrupt",
      "not a valid Excel workbook (.xlsx)",
    ],
    ["a damaged PDF named .txt, by its content", "misnamed.txt", "corrupt", "not a valid PDF file"],
    ["an image, by its content", "image.dat", "binary", "looks like a PNG image"],
    ["NUL bytes", "nul.txt", "binary", "contains NUL bytes"],
    ["bytes of no encoding", "bad.txt", "undecodable", "nor GB18030 (bad byte at offset 2)"],
  ];
  it.each(cases)("%s", async (_name, name, code, detail) => {
    const result = await readReport(at(name));
    expect(result).toMatchObject({ ok: false, path: at(name), code });
    expect(result.ok ? "" : result.detail).toContain(detail);
  });

  it("refuses a file above maxBytes, and takes one of exactly maxBytes", async () => {
    const size = Buffer.byteLength(SENTENCE);
    const over = await readReport(at("utf8.txt"), { maxBytes: 10 });
    expect(over).toEqual({
      ok: false,
      path: at("utf8.txt"),
      code: "too-large",
      detail: `${size} bytes, above the limit of 10 bytes`,
    });
    expect(await readReport(at("utf8.txt"), { maxBytes: size })).toMatchObject({ ok: true, bytes: size });
  });

  it("names sizes in KiB and MiB", async () => {
    const big = at("big.txt");
    await writeFile(big, "a".repeat(3 * 1024 + 512));
    expect(await readReport(big, { maxBytes: 2048 })).toMatchObject({
      code: "too-large",
      detail: "3.5 KiB, above the limit of 2 KiB",
    });
  });

  it("refuses a huge file before reading it (a sparse 3 GiB file; Node cannot read one above 2 GiB)", async () => {
    const huge = at("huge.txt");
    await writeFile(huge, "");
    await truncate(huge, 3 * 1024 ** 3);
    expect(await readReport(huge)).toMatchObject({
      code: "too-large",
      detail: "3 GiB, above the limit of 50 MiB",
    });
    await rm(huge);
  });

  it("gives unreadable for a path Node refuses", async () => {
    expect(await readReport("bad\0path.txt")).toMatchObject({ ok: false, code: "unreadable" });
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() === 0)(
    "gives unreadable for a file without read permission",
    async () => {
      const locked = at("locked.txt");
      await writeFile(locked, SENTENCE);
      await chmod(locked, 0o000);
      expect(await readReport(locked)).toMatchObject({
        ok: false,
        code: "unreadable",
        detail: "permission denied (EACCES)",
      });
    },
  );

  it("throws only for a nonsensical maxBytes", async () => {
    await expect(readReport(at("utf8.txt"), { maxBytes: -1 })).rejects.toThrow(RangeError);
    await expect(readReport(at("utf8.txt"), { maxBytes: Number.NaN })).rejects.toThrow(RangeError);
  });
});
