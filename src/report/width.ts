/**
 * Terminal display width: East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul,
 * full-width forms such as ％ and （）) take two columns, everything else one. Enough to put a caret
 * line under a figure in a Chinese sentence; it does not try to handle combining marks or emoji.
 */

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/** Columns one code point takes in a terminal: 2 for East Asian Wide/Fullwidth, else 1. */
export function codePointWidth(cp: number): 1 | 2 {
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(str: string): number {
  let w = 0;
  for (const ch of str) w += codePointWidth(ch.codePointAt(0)!);
  return w;
}
