/**
 * Word (.docx) → text. mammoth turns the document into HTML, keeping tables as tables (merged
 * cells as colspan/rowspan) and empty paragraphs as empty paragraphs; `htmlToText` then lays it
 * out as every other reader does: paragraphs as lines, table rows as TAB-separated cells, a blank
 * line after a table. Images are not decoded, linked files are never opened. Never throws.
 */
import mammoth from "mammoth";
import { htmlToText } from "./html.js";
import type { Converted } from "./read.js";
import { listZip, unzippedSize } from "./zip.js";

/** 256 MiB unpacked: far above any report, low enough to refuse a zip bomb. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

const WORD = "Word document (.docx)";

/** The first line of an error message, shortened: libraries' messages name the cause. */
export function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n")[0]!.trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/**
 * Checks an Office Open XML package before it is unpacked: a ZIP, with `part`, not too large.
 * `description` names the format without an article: `Word document (.docx)`.
 */
export function checkPackage(
  bytes: Uint8Array,
  part: string,
  description: string,
  maxUnzipped: number,
): Converted | undefined {
  const listing = listZip(bytes);
  if (!listing.ok)
    return { ok: false, code: "corrupt", detail: `not a valid ${description}: ${listing.detail}` };
  if (!listing.entries.some((e) => e.name === part)) {
    return { ok: false, code: "corrupt", detail: `not a valid ${description}: it has no ${part}` };
  }
  const size = unzippedSize(listing.entries);
  if (size > maxUnzipped) {
    const mib = (n: number) =>
      n < 1024
        ? `${n} bytes`
        : n < 1024 * 1024
          ? `${Number((n / 1024).toFixed(1))} KiB`
          : `${Number((n / 1024 / 1024).toFixed(1))} MiB`;
    return {
      ok: false,
      code: "too-large",
      detail: `${/^[AEIOU]/.test(description) ? "an" : "a"} ${description} that unpacks to ${mib(size)}, above the limit of ${mib(maxUnzipped)}`,
    };
  }
  return undefined;
}

const noImages = mammoth.images.imgElement(async () => ({ src: "" }));

/** The text of a .docx file's bytes. */
export async function readDocx(bytes: Uint8Array, opts: { maxUnzipped?: number } = {}): Promise<Converted> {
  const refused = checkPackage(bytes, "word/document.xml", WORD, opts.maxUnzipped ?? MAX_UNZIPPED_BYTES);
  if (refused) return refused;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: false, convertImage: noImages, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    return { ok: false, code: "corrupt", detail: `not a valid ${WORD}: ${reason(error)}` };
  }
  return { ok: true, text: htmlToText(html) };
}
