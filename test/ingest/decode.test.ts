/**
 * decode(): every encoding a report arrives in, binary files, bytes that fit no encoding, and
 * the offset finders behind the `undecodable` detail.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  decode,
  INGEST_MESSAGES,
  invalidGb18030Offset,
  invalidUtf8Offset,
  type ReadErrorCode,
  sniffFormat,
} from "../../src/ingest/index.js";

/** A sentence from a real report. */
const SENTENCE =
  "实际到位预算为14631.38万元，其中基本收入为2646.16万元，项目收入为11985.22万元；资金使用率为99.26%。";
/** Two paragraphs with a character outside the BMP (𠮷, four bytes in GB18030) and a table line. */
const REPORT = `一、项目概况\r\n${SENTENCE}\n\t得分：95分（满分100分）\f𠮷\n`;

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : [...p])));
const utf8 = (s: string) => new TextEncoder().encode(s);
const enc = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));

describe("decode: text", () => {
  const cases: [string, Uint8Array, string, string][] = [
    ["empty input", new Uint8Array(0), "", "utf-8"],
    ["UTF-8", utf8(SENTENCE), SENTENCE, "utf-8"],
    ["UTF-8 with tabs, CR LF, form feed, astral", utf8(REPORT), REPORT, "utf-8"],
    ["ASCII only", utf8("Total: 1,234.50\n"), "Total: 1,234.50\n", "utf-8"],
    ["UTF-8 with BOM", bytes([0xef, 0xbb, 0xbf], utf8(SENTENCE)), SENTENCE, "utf-8-bom"],
    ["a BOM alone", bytes([0xef, 0xbb, 0xbf]), "", "utf-8-bom"],
    [
      "UTF-8 BOM followed by U+FEFF: one is stripped",
      bytes([0xef, 0xbb, 0xbf], utf8("\uFEFFA")),
      "\uFEFFA",
      "utf-8-bom",
    ],
    ["UTF-16LE with BOM", bytes([0xff, 0xfe], enc(REPORT, "utf16le")), REPORT, "utf-16le"],
    ["UTF-16BE with BOM", bytes([0xfe, 0xff], enc(REPORT, "utf16be")), REPORT, "utf-16be"],
    ["UTF-16LE BOM alone", bytes([0xff, 0xfe]), "", "utf-16le"],
    ["UTF-16LE without BOM", enc(SENTENCE, "utf16le"), SENTENCE, "utf-16le"],
    ["UTF-16BE without BOM", enc(SENTENCE, "utf16be"), SENTENCE, "utf-16be"],
    [
      "UTF-16LE without BOM, a longer report",
      enc(REPORT.repeat(20), "utf16le"),
      REPORT.repeat(20),
      "utf-16le",
    ],
    ["GBK", enc(SENTENCE, "gbk"), SENTENCE, "gb18030"],
    ["GB18030", enc(SENTENCE, "gb18030"), SENTENCE, "gb18030"],
    ["GB18030 with a four-byte character", enc(REPORT, "gb18030"), REPORT, "gb18030"],
  ];

  it.each(cases)("%s", (_name, input, text, encoding) => {
    const result = decode(input);
    expect(result).toEqual({ ok: true, text, encoding });
  });

  it.each(cases)("never yields U+FFFD: %s", (_name, input) => {
    const result = decode(input);
    expect(result.ok && result.text.includes("\uFFFD")).toBe(false);
  });

  it("does not take GBK bytes for UTF-8 (a non-fatal UTF-8 decoder would give U+FFFD mojibake)", () => {
    const gbk = enc(SENTENCE, "gbk");
    expect(new TextDecoder("utf-8").decode(gbk)).toContain("\uFFFD");
    expect(decode(gbk)).toMatchObject({ ok: true, encoding: "gb18030", text: SENTENCE });
  });

  it("decodes the fixture reports saved as GB18030 and UTF-16LE", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile("fixtures/reports/000_fa781c69551907ec.txt", "utf8");
    expect(decode(enc(text, "gb18030"))).toEqual({ ok: true, text, encoding: "gb18030" });
    expect(decode(enc(text, "utf16le"))).toEqual({ ok: true, text, encoding: "utf-16le" });
  });
});

/** Deterministic pseudo-random bytes (xorshift), with NULs sprinkled in as binary data has. */
function noise(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = i % 7 === 3 ? 0 : x & 0xff;
  }
  return out;
}

const zip = (name: string) => bytes("PK\x03\x04\x14\x00\x06\x00\x08\x00", noise(16, 7), name, noise(64, 9));
const ole = (stream: string) =>
  bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], noise(64), enc(stream, "utf16le"), noise(32));

describe("decode: binary", () => {
  const cases: [string, Uint8Array, string][] = [
    ["PDF", bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "looks like a PDF file"],
    ["DOCX", zip("word/document.xml"), "looks like a Word document (.docx)"],
    ["XLSX", zip("xl/workbook.xml"), "looks like an Excel workbook (.xlsx)"],
    ["OFD", zip("OFD.xml"), "looks like an OFD document (.ofd)"],
    ["other ZIP", zip("data/readme.txt"), "looks like a ZIP archive"],
    ["DOC", ole("WordDocument"), "looks like a Word document (.doc)"],
    ["XLS", ole("Workbook"), "looks like an Excel workbook (.xls)"],
    ["other OLE2 file", ole("Contents"), "looks like an old Office file"],
    ["PNG", bytes([0x89], "PNG\r\n\x1a\n", [0, 0, 0, 13], "IHDR", noise(40)), "looks like a PNG image"],
    ["GIF", bytes("GIF89a", noise(30)), "looks like a GIF image"],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0], noise(30)), "looks like a JPEG image"],
    ["random bytes with NULs", noise(4096), "contains NUL bytes (the first at byte offset 3)"],
    [
      "UTF-8 text with a NUL",
      utf8("资金使用率\u0000为99.26%，其中基本收入为2646.16万元。"),
      "contains NUL bytes",
    ],
    // One zero lane, as UTF-16 has, but the units are control characters and private-use code points.
    ["16-bit binary data", bytes(...Array(50).fill([0x05, 0x00, 0x34, 0xe1])), "contains NUL bytes"],
    ["control characters", bytes("ab\x01\x02\x03\x04cd\x05\x06"), "% of the bytes are control characters"],
  ];

  it.each(cases)("%s", (_name, input, detail) => {
    const result = decode(input);
    expect(result).toMatchObject({ ok: false, code: "binary" });
    expect(result.ok ? "" : result.detail).toContain(detail);
  });

  it("sniffs the format of a file's first bytes", () => {
    expect(sniffFormat(zip("word/document.xml"))).toMatchObject({ id: "docx", document: true });
    expect(sniffFormat(bytes([0x89], "PNG\r\n"))).toMatchObject({ id: "png", document: false });
    expect(sniffFormat(utf8(SENTENCE))).toBeUndefined();
    expect(sniffFormat(new Uint8Array(0))).toBeUndefined();
  });

  it("allows a few stray control characters in a text", () => {
    const text = `${SENTENCE}\x1a`; // DOS end-of-file mark
    expect(decode(utf8(text))).toEqual({ ok: true, text, encoding: "utf-8" });
  });
});

describe("decode: undecodable", () => {
  const cases: [string, Uint8Array, string][] = [
    [
      "a GB lead byte before ASCII",
      bytes([0x81, 0x20]),
      "neither UTF-8 (bad byte at offset 0) nor GB18030 (bad byte at offset 0)",
    ],
    [
      "0xFF in a text",
      bytes("ok: ", [0xff], "!"),
      "neither UTF-8 (bad byte at offset 4) nor GB18030 (bad byte at offset 4)",
    ],
    ["a truncated sequence at the end", bytes(enc("资金", "gbk"), [0xc3]), "(bad byte at offset 4)"],
    [
      "valid GBK, then bytes invalid in both",
      bytes(enc("资金使用率", "gbk"), [0x81, 0x7f]),
      "neither UTF-8 (bad byte at offset 0) nor GB18030 (bad byte at offset 10)",
    ],
    [
      "a four-byte GB18030 sequence out of range",
      bytes("12", [0x84, 0x31, 0xa5, 0x30]),
      "nor GB18030 (bad byte at offset 2)",
    ],
    [
      "UTF-8 BOM, then GBK",
      bytes([0xef, 0xbb, 0xbf], enc("资金", "gbk")),
      "not valid UTF-8 (bad byte at offset 3)",
    ],
    [
      "UTF-16LE BOM, odd length",
      bytes([0xff, 0xfe, 0x41, 0x00, 0x42]),
      "not valid UTF-16LE (bad byte at offset 4)",
    ],
    [
      "UTF-16LE BOM, lone surrogate",
      bytes([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]),
      "not valid UTF-16LE (bad byte at offset 4)",
    ],
    [
      "UTF-16BE BOM, lone low surrogate",
      bytes([0xfe, 0xff, 0xdc, 0x00]),
      "not valid UTF-16BE (bad byte at offset 2)",
    ],
  ];

  it.each(cases)("%s", (_name, input, detail) => {
    const result = decode(input);
    expect(result).toMatchObject({ ok: false, code: "undecodable" });
    expect(result.ok ? "" : result.detail).toContain(detail);
  });
});

describe("invalid-sequence offsets", () => {
  const utf8Cases: [string, number[], number][] = [
    ["valid", [0x41, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80], -1],
    ["lone continuation byte", [0x41, 0x80], 1],
    ["overlong two-byte", [0xc0, 0x80], 0],
    ["overlong three-byte", [0x41, 0xe0, 0x80, 0x80], 1],
    ["surrogate", [0xed, 0xa0, 0x80], 0],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["truncated", [0x41, 0x42, 0xe4, 0xb8], 2],
  ];
  it.each(utf8Cases)("UTF-8: %s", (_name, input, offset) => {
    expect(invalidUtf8Offset(Uint8Array.from(input))).toBe(offset);
  });

  const gbCases: [string, number[], number][] = [
    ["valid two- and four-byte", [0x41, 0xc4, 0xe3, 0x81, 0x30, 0x81, 0x30, 0x80], -1],
    ["0xFF", [0x41, 0xff], 1],
    ["lead byte before ASCII", [0xc4, 0x41, 0xc4, 0x20], 2],
    ["lead byte before 0x7F", [0x81, 0x7f], 0],
    ["truncated four-byte", [0x41, 0x81, 0x30, 0x81], 1],
    ["four-byte above U+FFFF's block, below U+10000", [0x84, 0x31, 0xa5, 0x30], 0],
    ["four-byte above U+10FFFF", [0xe3, 0x32, 0x9a, 0x36], 0],
  ];
  it.each(gbCases)("GB18030: %s", (_name, input, offset) => {
    expect(invalidGb18030Offset(Uint8Array.from(input))).toBe(offset);
  });
});

describe("INGEST_MESSAGES", () => {
  // `satisfies` makes the compiler fail here when a ReadErrorCode is added without a message test.
  const codes = Object.keys({
    "not-found": 1,
    "is-directory": 1,
    unreadable: 1,
    binary: 1,
    undecodable: 1,
    "unsupported-format": 1,
    "too-large": 1,
    corrupt: 1,
    encrypted: 1,
    "no-text-layer": 1,
  } satisfies Record<ReadErrorCode, 1>);

  it.each([...codes, "missing"])("has zh and en for %s, naming the path and what to do", (code) => {
    const message = INGEST_MESSAGES[code];
    expect(message).toBeDefined();
    for (const text of [message!.zh, message!.en]) {
      expect(text).toContain("{{path}}");
      expect(text).toMatch(/[；;]/); // what went wrong; what to do
      if (code !== "missing") expect(text).toContain("{{detail}}");
    }
    expect(message!.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("uses only the {{path}} and {{detail}} placeholders", () => {
    const names = Object.values(INGEST_MESSAGES).flatMap((m) =>
      [...`${m.zh}${m.en}`.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]),
    );
    expect(new Set(names)).toEqual(new Set(["path", "detail"]));
  });
});
