/**
 * Reading one report file from disk into text. Every failure is a value (`ok: false` with a code
 * from `ReadErrorCode` and a detail), never an exception: a batch run reports a bad file and goes
 * on with the next one.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { decode, type Encoding, sniffFormat } from "./decode.js";

export type ReadErrorCode =
  | "not-found"
  | "is-directory"
  | "unreadable"
  | "binary"
  | "undecodable"
  | "unsupported-format"
  | "too-large";

export type ReadResult =
  | { ok: true; path: string; text: string; encoding: Encoding; bytes: number }
  | { ok: false; path: string; code: ReadErrorCode; detail: string };

/** The extensions of the formats read now: plain text and Markdown. Lower case, with the dot. */
export const TEXT_EXTENSIONS: readonly string[] = Object.freeze([".txt", ".md", ".markdown", ".text"]);

/** Document formats known by their extension that no reader supports yet: extension → description. */
const UNSUPPORTED_EXTENSIONS: Readonly<Record<string, string>> = {
  ".pdf": "a PDF file (.pdf)",
  ".doc": "a Word document (.doc)",
  ".docx": "a Word document (.docx)",
  ".xls": "an Excel workbook (.xls)",
  ".xlsx": "an Excel workbook (.xlsx)",
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

/**
 * Reads the report at `path` and decodes it (see `decode`). Text and Markdown are read whatever
 * the extension; a known document format (by extension, or by content for a misnamed file) gives
 * `unsupported-format`, a file above `maxBytes` (default 50 MiB) `too-large`. Never throws for a
 * bad file; throws a RangeError only for a `maxBytes` that is not a non-negative number.
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

  const format = UNSUPPORTED_EXTENSIONS[extname(path).toLowerCase()];
  if (format !== undefined) return fail(path, "unsupported-format", format);
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

  const decoded = decode(bytes);
  if (decoded.ok) {
    return { ok: true, path, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length };
  }
  if (decoded.code === "binary" && sniffFormat(bytes)?.document) {
    return fail(path, "unsupported-format", decoded.detail);
  }
  return fail(path, decoded.code, decoded.detail);
}
