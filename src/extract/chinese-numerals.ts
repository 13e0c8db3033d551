/** Chinese numerals for counts: 十四 → 14, 两 → 2, 一百零五 → 105, 二十 → 20. Null when malformed. */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0 || s.length > 8) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (DIGITS[ch] === 0) continue; // 一百零五: 零 only marks a gap
      if (digit !== null) return null; // 三五: a range, not a number
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const u = UNITS[ch]!;
      if (u >= lastUnit) return null;
      total += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
    } else return null;
  }
  if (total === 0 && digit === null) return /^[零〇]+$/.test(s) ? 0 : null;
  return total + (digit ?? 0);
}
