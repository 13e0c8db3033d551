/**
 * Properties of decode(): text round-trips exactly through every encoding it claims to read, and
 * whatever it returns for arbitrary bytes is lossless (never U+FFFD mojibake).
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, invalidGb18030Offset, invalidUtf8Offset } from "../../src/ingest/index.js";

const concat = (...parts: ArrayLike<number>[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...Array.from(p)]));
const utf8 = (s: string) => new TextEncoder().encode(s);
const enc = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** Any string of Unicode scalar values: controls, NUL, U+FEFF, astral characters included. */
const anyString = fc.string({ unit: "binary", maxLength: 200 });

const codePoint = (min: number, max: number) =>
  fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));

/**
 * A character of a text file without a BOM: anything but NUL and the control characters other than
 * \t \n \f \r, which make an unmarked file binary by design.
 */
const textChar = fc.oneof(
  fc.constantFrom("\t", "\n", "\f", "\r"),
  codePoint(0x20, 0x7e),
  codePoint(0x4e00, 0x9fff),
  codePoint(0x80, 0xffff).filter((c) => !/[\uD800-\uDFFF]/.test(c)),
  codePoint(0x80, 0x10ffff).filter((c) => !/[\uD800-\uDFFF]/.test(c) || c.length === 2),
);

/** CJK ideographs of GBK, ASCII digits and punctuation, and the full-width punctuation of reports. */
const reportChar = fc.oneof(
  { weight: 4, arbitrary: codePoint(0x4e00, 0x9fa5) },
  { weight: 2, arbitrary: fc.constantFrom(..."0123456789") },
  { weight: 1, arbitrary: fc.constantFrom(...".,;:%()-+/ \n") },
  { weight: 1, arbitrary: fc.constantFrom(..."，。；：、（）％“”《》—…") },
);

describe("decode: round trips", () => {
  it("UTF-8 with a BOM: any string", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(decode(concat([0xef, 0xbb, 0xbf], utf8(s)))).toEqual({
          ok: true,
          text: s,
          encoding: "utf-8-bom",
        });
      }),
      { numRuns: 500 },
    );
  });

  it("UTF-16LE with a BOM: any string", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(decode(concat([0xff, 0xfe], enc(s, "utf16le")))).toEqual({
          ok: true,
          text: s,
          encoding: "utf-16le",
        });
      }),
      { numRuns: 500 },
    );
  });

  it("UTF-16BE with a BOM: any string", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(decode(concat([0xfe, 0xff], enc(s, "utf16be")))).toEqual({
          ok: true,
          text: s,
          encoding: "utf-16be",
        });
      }),
      { numRuns: 300 },
    );
  });

  // Without a BOM, NULs and control characters mean binary (by design), and a leading U+FEFF is
  // indistinguishable from a BOM; every other string round-trips.
  it("UTF-8 without a BOM: any string of text characters not starting with U+FEFF", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: textChar, maxLength: 200 }).filter((s) => !s.startsWith("\uFEFF")),
        (s) => {
          expect(decode(utf8(s))).toEqual({ ok: true, text: s, encoding: "utf-8" });
        },
      ),
      { numRuns: 500 },
    );
  });

  // Some GB18030 byte strings are valid UTF-8 too (说说 is CB B5 CB B5 in GBK, and ˵˵ in UTF-8;
  // short strings often are, a real report with digits between its words practically never).
  // Strict UTF-8 comes first by design, so those must decode as exactly that UTF-8; all the
  // others must round-trip as GB18030. The counter proves the GB18030 branch really ran.
  it("GB18030: any string of CJK, digits and punctuation", () => {
    let gb = 0;
    fc.assert(
      fc.property(fc.string({ unit: reportChar, minLength: 1, maxLength: 120 }), (s) => {
        for (const encoding of ["gb18030", "gbk"]) {
          const bytes = enc(s, encoding);
          const asUtf8 = strict("utf-8", bytes);
          if (asUtf8 !== undefined) {
            expect(decode(bytes)).toEqual({ ok: true, text: asUtf8, encoding: "utf-8" });
          } else {
            gb++;
            expect(decode(bytes)).toEqual({ ok: true, text: s, encoding: "gb18030" });
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(gb).toBeGreaterThan(500);
  });

  it("UTF-16LE without a BOM: report text with ASCII digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: reportChar, minLength: 1, maxLength: 120 }), (s) => {
        const text = `${s}\n2023年预算为100.00万元\n`;
        expect(decode(enc(text, "utf16le"))).toEqual({ ok: true, text, encoding: "utf-16le" });
        expect(decode(enc(text, "utf16be"))).toEqual({ ok: true, text, encoding: "utf-16be" });
      }),
      { numRuns: 300 },
    );
  });
});

/** Bytes that are partly valid text: chunks of UTF-8, GB18030 and random bytes. */
const mixedBytes = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 4 }),
      fc.string({ unit: reportChar, maxLength: 6 }).map((s) => enc(s, "gb18030")),
      fc.string({ unit: "binary", maxLength: 6 }).map(utf8),
    ),
    { maxLength: 12 },
  )
  .map((chunks) => concat(...chunks));

describe("decode: arbitrary bytes", () => {
  it("is lossless: a decoded text encodes back to the same bytes", () => {
    fc.assert(
      fc.property(fc.oneof(mixedBytes, fc.uint8Array({ maxLength: 64 })), (bytes) => {
        const result = decode(bytes);
        if (!result.ok) {
          expect(["binary", "undecodable"]).toContain(result.code);
          expect(result.detail).not.toBe("");
          return;
        }
        const bom = (b0: number, b1: number) => (bytes[0] === b0 && bytes[1] === b1 ? [b0, b1] : []);
        const back: Record<string, () => Uint8Array> = {
          "utf-8": () => utf8(result.text),
          "utf-8-bom": () => concat([0xef, 0xbb, 0xbf], utf8(result.text)),
          "utf-16le": () => concat(bom(0xff, 0xfe), enc(result.text, "utf16le")),
          "utf-16be": () => concat(bom(0xfe, 0xff), enc(result.text, "utf16be")),
        };
        if (result.encoding === "gb18030") {
          // iconv-lite and the WHATWG decoder differ on 0x80 and a few private-use code points, so
          // check the text has no replacement character that the bytes (84 31 A4 37) did not spell.
          const spelled = Buffer.from(bytes).includes(Buffer.from([0x84, 0x31, 0xa4, 0x37]));
          expect(result.text.includes("\uFFFD")).toBe(spelled);
        } else {
          expect(back[result.encoding]!()).toEqual(bytes);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the first bad UTF-8 sequence exactly where the strict decoder fails", () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        const at = invalidUtf8Offset(bytes);
        expect(at === -1).toBe(strict("utf-8", bytes) !== undefined);
        if (at >= 0) expect(strict("utf-8", bytes.subarray(0, at))).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the first bad GB18030 sequence exactly where the strict decoder fails", () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        const at = invalidGb18030Offset(bytes);
        expect(at === -1).toBe(strict("gb18030", bytes) !== undefined);
        if (at >= 0) expect(strict("gb18030", bytes.subarray(0, at))).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
});
