/**
 * Bytes → text, or a clear reason why not. Pure: no IO.
 *
 * Order of the decisions: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) is trusted and stripped;
 * a known binary format (PDF, ZIP/Office, images, …) is refused by its magic number; UTF-16
 * without a BOM is recognised by its 0x00 bytes; any other input with NUL bytes or many control
 * characters is binary; then strict UTF-8; then strict GB18030 (a superset of GBK and GB2312).
 * Every decoder is fatal, so the text never contains U+FFFD replacement characters that the
 * bytes did not spell.
 */
import type { ReadErrorCode } from "./read.js";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";
export type DecodeErrorCode = "binary" | "undecodable";
export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; code: DecodeErrorCode; detail: string };

/** A user-facing message in Chinese and English, with `{{path}}` and `{{detail}}` placeholders. */
export interface IngestMessage {
  readonly zh: string;
  readonly en: string;
}

/** Every error code of src/ingest: the codes of `readReport`, and `missing` for `expandInputs`. */
export type IngestErrorCode = ReadErrorCode | "missing";

/**
 * The messages for every error code this folder produces, keyed by code (`missing` is an input
 * argument of `expandInputs` that named no file). Placeholders: `{{path}}`, `{{detail}}`.
 */
export const INGEST_MESSAGES: Record<string, IngestMessage> = {
  "not-found": {
    zh: "找不到 {{path}}（{{detail}}）；请检查路径和文件名",
    en: "{{path}} was not found ({{detail}}); check the path and the file name",
  },
  "is-directory": {
    zh: "{{path}} 是文件夹，不是文件（{{detail}}）；请指定其中的报告文件（.txt、.md、.html、.docx、.pdf 或 .xlsx）",
    en: "{{path}} is a folder, not a file ({{detail}}); name a report inside it (.txt, .md, .html, .docx, .pdf or .xlsx)",
  },
  unreadable: {
    zh: "无法读取 {{path}}（{{detail}}）；请检查文件权限，或是否被其他程序占用",
    en: "{{path}} could not be read ({{detail}}); check its permissions and that no other program holds it",
  },
  binary: {
    zh: "{{path}} 不是文本文件，也不是可读取的文档（{{detail}}）；请提供 .txt、.md、.html、.docx、.pdf 或 .xlsx 格式的报告",
    en: "{{path}} is not a text file nor a document gouji reads ({{detail}}); give the report as .txt, .md, .html, .docx, .pdf or .xlsx",
  },
  undecodable: {
    zh: "{{path}} 的编码无法识别（{{detail}}）；请用文本编辑器将其另存为 UTF-8 编码后重试",
    en: "{{path}} is in an encoding gouji cannot read ({{detail}}); save it as UTF-8 in a text editor and try again",
  },
  "unsupported-format": {
    zh: "{{path}} 的格式暂不支持（{{detail}}）；请将其另存为 .docx、.xlsx、.pdf 或 .txt 后重试",
    en: "{{path}} is in a format gouji cannot read yet ({{detail}}); save it as .docx, .xlsx, .pdf or .txt and try again",
  },
  "too-large": {
    zh: "{{path}} 过大（{{detail}}）；请确认这是报告正文，或拆分为较小的文件",
    en: "{{path}} is too large ({{detail}}); check that it is a report text, or split it into smaller files",
  },
  corrupt: {
    zh: "{{path}} 无法打开（{{detail}}）；文件可能已损坏或不完整，请用原程序重新保存或导出后重试",
    en: "{{path}} could not be opened ({{detail}}); the file may be damaged or incomplete: save or export it again from the program that made it",
  },
  encrypted: {
    zh: "{{path}} 已加密（{{detail}}）；请在原程序中取消打开密码并重新保存后重试",
    en: "{{path}} is encrypted ({{detail}}); remove the password in the program that made it, save it again and retry",
  },
  "no-text-layer": {
    zh: "{{path}} 没有可读取的文字层（{{detail}}）；这通常是扫描件，需要先进行 OCR 文字识别，或提供原始的 Word、Excel 或文本文件",
    en: "{{path}} has no text layer to read ({{detail}}); it is probably a scan and needs OCR first, or give the original Word, Excel or text file",
  },
  missing: {
    zh: "{{path}} 不存在，或其中没有可读取的报告文件（.txt、.md、.html、.docx、.pdf、.xlsx）；请检查路径或通配符",
    en: "{{path}} does not exist or holds no report file (.txt, .md, .html, .docx, .pdf, .xlsx); check the path or the pattern",
  },
} satisfies Record<IngestErrorCode, IngestMessage>;

/** A file format recognised by its magic number. */
export interface KnownFormat {
  /** Short id, e.g. `pdf`, `docx`, `png`. */
  readonly id: string;
  /** How `detail` names it, after "looks like": e.g. `a PDF file`. */
  readonly description: string;
  /** A document a later reader may support (PDF, Office, OFD), as opposed to an image or archive. */
  readonly document: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const utf16le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

/** Formats told apart by their first bytes alone. */
const MAGIC: readonly { readonly bytes: readonly number[]; readonly format: KnownFormat }[] = [
  { bytes: ascii("%PDF"), format: { id: "pdf", description: "a PDF file", document: true } },
  { bytes: [0x89, ...ascii("PNG")], format: { id: "png", description: "a PNG image", document: false } },
  { bytes: ascii("GIF8"), format: { id: "gif", description: "a GIF image", document: false } },
  { bytes: [0xff, 0xd8, 0xff], format: { id: "jpeg", description: "a JPEG image", document: false } },
  { bytes: [0x1f, 0x8b], format: { id: "gzip", description: "a gzip archive", document: false } },
  { bytes: ascii("Rar!"), format: { id: "rar", description: "a RAR archive", document: false } },
  {
    bytes: [...ascii("7z"), 0xbc, 0xaf, 0x27, 0x1c],
    format: { id: "7z", description: "a 7-Zip archive", document: false },
  },
];

/** ZIP-based formats, told apart by the names of their parts (stored uncompressed in the ZIP). */
const ZIP_KINDS: readonly { readonly marker: readonly number[]; readonly format: KnownFormat }[] = [
  { marker: ascii("word/"), format: { id: "docx", description: "a Word document (.docx)", document: true } },
  { marker: ascii("xl/"), format: { id: "xlsx", description: "an Excel workbook (.xlsx)", document: true } },
  {
    marker: ascii("ppt/"),
    format: { id: "pptx", description: "a PowerPoint presentation (.pptx)", document: true },
  },
  { marker: ascii("OFD.xml"), format: { id: "ofd", description: "an OFD document (.ofd)", document: true } },
  {
    marker: ascii("mimetypeapplication/vnd.oasis.opendocument"),
    format: { id: "odf", description: "an OpenDocument file (.odt/.ods)", document: true },
  },
];

/** OLE2 compound files (old Office), told apart by a stream name (UTF-16LE in the directory). */
const OLE_KINDS: readonly { readonly marker: readonly number[]; readonly format: KnownFormat }[] = [
  {
    marker: utf16le("WordDocument"),
    format: { id: "doc", description: "a Word document (.doc)", document: true },
  },
  {
    marker: utf16le("Workbook"),
    format: { id: "xls", description: "an Excel workbook (.xls)", document: true },
  },
  {
    marker: utf16le("PowerPoint Document"),
    format: { id: "ppt", description: "a PowerPoint presentation (.ppt)", document: true },
  },
];

const GENERIC_ZIP: KnownFormat = {
  id: "zip",
  description: "a ZIP archive (or a .docx/.xlsx file)",
  document: false,
};
const GENERIC_OLE: KnownFormat = {
  id: "ole",
  description: "an old Office file (.doc/.xls/.ppt)",
  document: true,
};

/** ZIP names are searched for in the local headers at the start and the central directory at the end. */
const ZIP_WINDOW = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function contains(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length): boolean {
  const last = Math.min(to, bytes.length) - needle.length;
  const first = needle[0];
  for (let i = Math.max(0, from); i <= last; i++) {
    if (bytes[i] === first && startsWith(bytes, needle, i)) return true;
  }
  return false;
}

/**
 * The binary format the bytes start like (PDF, ZIP and the Office/OFD formats inside it, old
 * Office, PNG, GIF, JPEG, gzip, RAR, 7-Zip), or undefined.
 */
export function sniffFormat(bytes: Uint8Array): KnownFormat | undefined {
  for (const { bytes: magic, format } of MAGIC) if (startsWith(bytes, magic)) return format;
  if (startsWith(bytes, ZIP)) {
    const inZip = (marker: readonly number[]) =>
      contains(bytes, marker, 0, ZIP_WINDOW) || contains(bytes, marker, bytes.length - ZIP_WINDOW);
    return ZIP_KINDS.find((k) => inZip(k.marker))?.format ?? GENERIC_ZIP;
  }
  if (startsWith(bytes, OLE2)) return OLE_KINDS.find((k) => contains(bytes, k.marker))?.format ?? GENERIC_OLE;
  return undefined;
}

/** C0 control characters other than \t \n \f \r, and DEL. Never part of a UTF-8 or GB18030 sequence. */
const isControlByte = (b: number): boolean =>
  (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;

/** More control characters than this share of the input make it binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Why the bytes are binary (NUL bytes, many control characters), or undefined if they may be text. */
function binaryReason(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `contains NUL bytes (the first at byte offset ${nul})`;
  let controls = 0;
  for (const b of bytes) if (isControlByte(b)) controls++;
  if (controls > bytes.length * MAX_CONTROL_SHARE) {
    return `${Math.round((controls / bytes.length) * 100)}% of the bytes are control characters`;
  }
  return undefined;
}

/** Zero bytes in one lane: a share of the code units at least this large hints at UTF-16. */
const MIN_UTF16_ZERO_SHARE = 0.02;
/** Real UTF-16 has a quiet lane: the other lane may hold at most this share of the zeros. */
const MAX_UTF16_OTHER_LANE = 0.25;
/** Share of the decoded characters that must be typical of a Chinese or English text. */
const MIN_UTF16_TYPICAL_SHARE = 0.9;

/**
 * UTF-16 without a BOM: ASCII characters put a 0x00 byte in the high lane (odd offsets for LE,
 * even for BE), CJK characters none in either; binary data puts zeros in both lanes.
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const [high, low, encoding] =
    odd >= even ? [odd, even, "utf-16le" as const] : [even, odd, "utf-16be" as const];
  const units = bytes.length / 2;
  if (high === 0 || high < units * MIN_UTF16_ZERO_SHARE || low > high * MAX_UTF16_OTHER_LANE)
    return undefined;
  return encoding;
}

/** A character a Chinese or English report may hold (a surrogate pair counts as a CJK extension). */
function isTypical(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 ? cp !== 0x7f : cp === 0x09 || cp === 0x0a || cp === 0x0c || cp === 0x0d;
  return (
    (cp >= 0xa0 && cp <= 0x2ff) || // Latin
    (cp >= 0x370 && cp <= 0x4ff) || // Greek, Cyrillic
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, number forms, arrows, maths, box drawing, shapes
    (cp >= 0x2e80 && cp <= 0x9fff) || // CJK radicals, punctuation, kana, enclosed, extension A, unified
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    cp >= 0x10000
  );
}

function looksLikeText(text: string): boolean {
  let all = 0;
  let typical = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0) return false;
    all++;
    if (isTypical(cp)) typical++;
  }
  return typical >= all * MIN_UTF16_TYPICAL_SHARE;
}

/** Offset of the first byte of the first invalid UTF-8 sequence, or -1 if the bytes are valid UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

const inRange = (b: number | undefined, lo: number, hi: number): b is number =>
  b !== undefined && b >= lo && b <= hi;

/**
 * Offset of the first byte of the first invalid GB18030 sequence (as the WHATWG decoder reads
 * it), or -1 if the bytes are valid GB18030.
 */
export function invalidGb18030Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b1 = bytes[i]!;
    if (b1 <= 0x80) {
      i++; // ASCII, and 0x80 (€)
      continue;
    }
    if (b1 === 0xff) return i;
    const b2 = bytes[i + 1];
    if (inRange(b2, 0x40, 0x7e) || inRange(b2, 0x80, 0xfe)) {
      i += 2;
      continue;
    }
    const b3 = bytes[i + 2];
    const b4 = bytes[i + 3];
    if (!inRange(b2, 0x30, 0x39) || !inRange(b3, 0x81, 0xfe) || !inRange(b4, 0x30, 0x39)) return i;
    const pointer = (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
    if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return i;
    i += 4;
  }
  return -1;
}

/** Offset (in code units × 2) of the first lone surrogate or odd trailing byte, or -1. */
function invalidUtf16Offset(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) =>
    littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < even ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return even < bytes.length ? even : -1;
}

const fatal = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

/** The text, or undefined when the bytes are not valid in that encoding. */
function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return fatal(label).decode(bytes);
  } catch {
    return undefined;
  }
}

const ok = (text: string, encoding: Encoding): Decoded => ({ ok: true, text, encoding });
const fail = (code: DecodeErrorCode, detail: string): Decoded => ({ ok: false, code, detail });

/** Decodes `bytes`, all known to be of `encoding`, which starts `skip` bytes into the input. */
function decodeAs(encoding: Encoding, bytes: Uint8Array, skip: number): Decoded {
  const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
  const text = strict(label, bytes);
  if (text !== undefined) return ok(text, encoding);
  const name = encoding === "utf-8-bom" ? "UTF-8" : encoding.toUpperCase();
  const at =
    encoding === "utf-8-bom" || encoding === "utf-8"
      ? invalidUtf8Offset(bytes)
      : invalidUtf16Offset(bytes, encoding === "utf-16le");
  const where = at >= 0 ? ` (bad byte at offset ${at + skip})` : "";
  return fail("undecodable", `starts with a ${name} byte-order mark but is not valid ${name}${where}`);
}

/**
 * Decodes a report's bytes: strict UTF-8 (with or without a BOM), UTF-16 (with a BOM, or
 * recognised without one), else strict GB18030. Never returns replacement-character mojibake:
 * bytes that fit none of these give `undecodable`, binary files give `binary`.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return ok("", "utf-8");
  if (startsWith(bytes, UTF8_BOM)) return decodeAs("utf-8-bom", bytes.subarray(3), 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs("utf-16le", bytes.subarray(2), 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs("utf-16be", bytes.subarray(2), 2);

  // Before the UTF-16 guess: a PNG's or a ZIP's zero bytes could pass for UTF-16 text.
  const format = sniffFormat(bytes);
  if (format) return fail("binary", `looks like ${format.description}`);

  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = strict(utf16, bytes);
    if (text !== undefined && looksLikeText(text)) return ok(text, utf16);
  }

  const binary = binaryReason(bytes);
  if (binary) return fail("binary", binary);

  const utf8 = strict("utf-8", bytes);
  if (utf8 !== undefined) return ok(utf8, "utf-8");
  const gb = strict("gb18030", bytes);
  if (gb !== undefined) return ok(gb, "gb18030");

  const badUtf8 = invalidUtf8Offset(bytes);
  const badGb = invalidGb18030Offset(bytes);
  const at = (n: number) => (n >= 0 ? ` (bad byte at offset ${n})` : "");
  return fail("undecodable", `neither UTF-8${at(badUtf8)} nor GB18030${at(badGb)}`);
}
