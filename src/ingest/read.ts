/**
 * Reading one report file from disk into text. Every failure is a value (`ok: false` with a code
 * from `ReadErrorCode` and a detail), never an exception: a batch run reports a bad file and goes
 * on with the next one.
 *
 * Plain text and Markdown are decoded (see decode.ts); HTML, Word (.docx), PDF and Excel (.xlsx)
 * are converted to plain text in one layout, so that every check works on them unchanged:
 * paragraphs as lines, each table row as one line of cells separated by TABs, a blank line after
 * a table. An .xlsx also gives a source map from text offsets to cells (`cellAt`).
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { decode, type Encoding, sniffFormat } from "./decode.js";
import type { SourceMap } from "./source-map.js";

export type ReadErrorCode =
  | "not-found"
  | "is-directory"
  | "unreadable"
  | "binary"
  | "undecodable"
  | "unsupported-format"
  | "too-large"
  | "corrupt"
  | "encrypted"
  | "no-text-layer";

/** The format a report's text was read from. */
export type DocumentFormat = "text" | "html" | "docx" | "pdf" | "xlsx";

export type ReadResult =
  | {
      ok: true;
      path: string;
      text: string;
      format: DocumentFormat;
      /** The byte encoding of a text or HTML file; null for the binary formats (.docx, .pdf, .xlsx). */
      encoding: Encoding | null;
      bytes: number;
      /** For an .xlsx: where each cell's text lies in `text` (see `cellAt`). */
      sourceMap?: SourceMap;
    }
  | { ok: false; path: string; code: ReadErrorCode; detail: string };

/** What a format reader makes of a file's bytes (before the path and size are added). */
export type Converted =
  | { ok: true; text: string; sourceMap?: SourceMap }
  | { ok: false; code: ReadErrorCode; detail: string };

/** The extensions of plain text and Markdown. Lower case, with the dot. */
export const TEXT_EXTENSIONS: readonly string[] = Object.freeze([".txt", ".md", ".markdown", ".text"]);

/** The extensions of the document formats converted to text. Lower case, with the dot. */
export const DOCUMENT_EXTENSIONS: readonly string[] = Object.freeze([
  ".html",
  ".htm",
  ".docx",
  ".pdf",
  ".xlsx",
]);

/** Every extension a folder is walked for: `TEXT_EXTENSIONS` and `DOCUMENT_EXTENSIONS`. */
export const REPORT_EXTENSIONS: readonly string[] = Object.freeze([
  ...TEXT_EXTENSIONS,
  ...DOCUMENT_EXTENSIONS,
]);

/** The converted formats, by extension. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, "html" | "docx" | "pdf" | "xlsx">> = {
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".pdf": "pdf",
  ".xlsx": "xlsx",
};

/** Document formats known by their extension that no reader supports: extension → description. */
const UNSUPPORTED_EXTENSIONS: Readonly<Record<string, string>> = {
  ".doc": "a Word document (.doc)",
  ".xls": "an Excel workbook (.xls)",
  ".ppt": "a PowerPoint presentation (.ppt)",
  ".pptx": "a PowerPoint presentation (.pptx)",
  ".wps": "a WPS document (.wps)",
  ".et": "a WPS spreadsheet (.et)",
  ".ofd": "an OFD document (.ofd)",
  ".odt": "an OpenDocument text (.odt)",
  ".ods": "an OpenDocument spreadsheet (.ods)",
  ".rtf": "an RTF document (.rtf)",
};

/** 50 MiB: far above any report, low enough to refuse a mistaken data dump. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** "512 bytes", "1.5 KiB", "60 MiB", "3 GiB". */
function formatSize(n: number): string {
  if (n < 1024) return `${n} ${n === 1 ? "byte" : "bytes"}`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = n / 1024;
  let u = 0;
  while (value >= 1024 && u < units.length - 1) {
    value /= 1024;
    u++;
  }
  return `${Number(value.toFixed(1))} ${units[u]}`;
}

const FS_ERRORS: Readonly<Record<string, readonly [ReadErrorCode, string]>> = {
  ENOENT: ["not-found", "no such file or directory"],
  ENOTDIR: ["not-found", "a part of the path is not a directory"],
  EISDIR: ["is-directory", "is a directory"],
  EACCES: ["unreadable", "permission denied"],
  EPERM: ["unreadable", "operation not permitted"],
  EBUSY: ["unreadable", "the file is busy or locked"],
  ELOOP: ["unreadable", "too many symbolic links"],
  ENAMETOOLONG: ["unreadable", "the path is too long"],
  EMFILE: ["unreadable", "too many open files"],
  EIO: ["unreadable", "input/output error"],
};

function fromError(path: string, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : FS_ERRORS[code];
  if (known) return { ok: false, path, code: known[0], detail: `${known[1]} (${code})` };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, path, code: "unreadable", detail: message };
}

const fail = (path: string, code: ReadErrorCode, detail: string): ReadResult => ({
  ok: false,
  path,
  code,
  detail,
});

/** An Office file (.docx, .xlsx) protected by a password is an OLE2 file with an `EncryptedPackage`. */
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
function isEncryptedOffice(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0];
  outer: for (let i = 0; i <= bytes.length - ENCRYPTED_PACKAGE.length; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < ENCRYPTED_PACKAGE.length; k++)
      if (bytes[i + k] !== ENCRYPTED_PACKAGE[k]) continue outer;
    return true;
  }
  return false;
}

/** The converted binary formats, named without an article. */
const DESCRIPTIONS = {
  docx: "Word document (.docx)",
  xlsx: "Excel workbook (.xlsx)",
  pdf: "PDF file",
} as const;

/** Runs a reader; a reader never throws, but a library's bug must not stop a batch either. */
async function convert(format: "docx" | "pdf" | "xlsx", bytes: Uint8Array): Promise<Converted> {
  try {
    // Readers load their libraries on first use: a run on .txt files never pays for them.
    if (format === "docx") return await (await import("./docx.js")).readDocx(bytes);
    if (format === "xlsx") return await (await import("./xlsx.js")).readXlsx(bytes);
    return await (await import("./pdf.js")).readPdf(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: "corrupt",
      detail: `not a valid ${DESCRIPTIONS[format]}: ${message.slice(0, 160)}`,
    };
  }
}

/**
 * Reads the report at `path` and turns it into text. The format is told by the content first
 * (a PDF, .docx or .xlsx under any name is read as what it is), then by the extension: .html and
 * .htm are decoded and converted; .pdf, .docx and .xlsx whose content is not what the name says
 * give `corrupt`; old Office and other known document formats give `unsupported-format`; any
 * other file is decoded as text (see `decode`) whatever its extension. A damaged document gives
 * `corrupt`, a password-protected one `encrypted`, a PDF without text (a scan) `no-text-layer`,
 * a file above `maxBytes` (default 50 MiB) `too-large`. Never throws for a bad file; throws a
 * RangeError only for a `maxBytes` that is not a non-negative number.
 */
export async function readReport(path: string, opts: { maxBytes?: number } = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes >= 0)) throw new RangeError(`maxBytes must be a non-negative number, got ${maxBytes}`);

  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(path, "is-directory", "is a directory");
    if (!info.isFile()) return fail(path, "unreadable", "not a regular file");
    size = info.size;
  } catch (error) {
    return fromError(path, error);
  }

  const extension = extname(path).toLowerCase();
  const tooLarge = (n: number) =>
    fail(path, "too-large", `${formatSize(n)}, above the limit of ${formatSize(maxBytes)}`);
  if (size > maxBytes) return tooLarge(size); // before reading: a huge file is never loaded

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fromError(path, error);
  }
  if (bytes.length > maxBytes) return tooLarge(bytes.length); // grew since stat

  const sniffed = sniffFormat(bytes);
  const claimed = FORMAT_BY_EXTENSION[extension];
  let format: "docx" | "pdf" | "xlsx" | undefined;
  if (sniffed?.id === "docx" || sniffed?.id === "xlsx" || sniffed?.id === "pdf") format = sniffed.id;
  else if (claimed === "docx" || claimed === "xlsx") {
    if (sniffed?.id === "ole" && isEncryptedOffice(bytes)) {
      return fail(
        path,
        "encrypted",
        `${claimed === "docx" ? "a" : "an"} ${DESCRIPTIONS[claimed]} protected by a password`,
      );
    }
    if (sniffed !== undefined && sniffed.id !== "zip") {
      return fail(path, "unsupported-format", `named ${extension} but looks like ${sniffed.description}`);
    }
    format = claimed;
  } else if (claimed === "pdf") format = "pdf";

  if (format !== undefined) {
    const converted = await convert(format, bytes);
    if (!converted.ok) return fail(path, converted.code, converted.detail);
    return {
      ok: true,
      path,
      text: converted.text,
      format,
      encoding: null,
      bytes: bytes.length,
      ...(converted.sourceMap ? { sourceMap: converted.sourceMap } : {}),
    };
  }

  const unsupported = UNSUPPORTED_EXTENSIONS[extension];
  if (unsupported !== undefined && (sniffed === undefined || sniffed.document)) {
    return fail(path, "unsupported-format", unsupported);
  }

  const decoded = decode(bytes);
  if (decoded.ok) {
    const html = claimed === "html";
    return {
      ok: true,
      path,
      text: html ? (await import("./html.js")).htmlToText(decoded.text) : decoded.text,
      format: html ? "html" : "text",
      encoding: decoded.encoding,
      bytes: bytes.length,
    };
  }
  if (decoded.code === "binary" && sniffed?.document) {
    return fail(path, "unsupported-format", decoded.detail);
  }
  return fail(path, decoded.code, decoded.detail);
}
