/**
 * A look at a ZIP archive's central directory before a library unpacks it: the names of its
 * parts and what they add up to uncompressed, so that a .docx or .xlsx that would inflate to
 * gigabytes (a "zip bomb") is refused instead of exhausting memory. Pure: no IO, never throws.
 */

export interface ZipEntry {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; detail: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;
/** More parts than this is no document. */
export const MAX_ZIP_ENTRIES = 20_000;

const utf8 = new TextDecoder("utf-8");

/** The entries of the archive's central directory, or why it has none. */
export function listZip(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const fits = (at: number, n: number) => at >= 0 && at + n <= bytes.length;

  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { ok: false, detail: "no ZIP central directory (truncated or not a ZIP archive)" };

  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  const locator = eocd - 20;
  if (fits(locator, 20) && u32(locator) === ZIP64_LOCATOR) {
    const at = u64(locator + 8);
    if (fits(at, 56) && u32(at) === ZIP64_EOCD) {
      count = u64(at + 32);
      size = u64(at + 40);
      offset = u64(at + 48);
    }
  }
  if (count > MAX_ZIP_ENTRIES) return { ok: false, detail: `${count} parts in the archive` };
  // Data prepended to the archive shifts every offset: the directory then ends where the EOCD starts.
  if (!fits(offset, size) || u32(offset) !== CENTRAL) offset = eocd - size;
  if (!fits(offset, size)) return { ok: false, detail: "the ZIP central directory lies outside the file" };

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (!fits(at, 46) || u32(at) !== CENTRAL) {
      return { ok: false, detail: `the ZIP central directory is damaged (entry ${i + 1} of ${count})` };
    }
    let compressed = u32(at + 20);
    let uncompressed = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (!fits(at + 46, nameLength + extraLength + commentLength)) {
      return { ok: false, detail: `the ZIP central directory is damaged (entry ${i + 1} of ${count})` };
    }
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: sizes of 0xFFFFFFFF are in the extra field 0x0001, uncompressed first.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressed === 0xffffffff && field + 8 <= extraEnd) {
          uncompressed = u64(field);
          field += 8;
        }
        if (compressed === 0xffffffff && field + 8 <= extraEnd) compressed = u64(field);
      }
      extra += 4 + length;
    }
    entries.push({ name, compressed, uncompressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The sum of the entries' uncompressed sizes. */
export const unzippedSize = (entries: readonly ZipEntry[]): number =>
  entries.reduce((sum, e) => sum + e.uncompressed, 0);
