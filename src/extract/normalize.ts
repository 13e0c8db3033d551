/**
 * Length-preserving normalisation: every character maps to exactly one UTF-16 code unit, so an
 * offset in the normalised text is the same offset in the original. Only characters that never
 * serve as Chinese punctuation are folded (the full-width comma ， stays a clause separator and is
 * never read as a thousands separator).
 */

const FOLD: Record<string, string> = {
  "．": ".",
  "％": "%",
  "＋": "+",
  "－": "-",
  "−": "-",
  "﹣": "-",
  "＝": "=",
  "／": "/",
  "＊": "*",
  "（": "(",
  "）": ")",
  "［": "[",
  "］": "]",
  "＜": "<",
  "＞": ">",
  "\u3000": " ",
  "\u00a0": " ",
  "\r": " ",
  "\f": " ",
  "\v": " ",
};

/** Characters normalize() changes; a text without any is returned as it is. */
const FOLDABLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a．％＋－−﹣＝／＊（）［］＜＞\u3000\u00a0\r\f\v]/g;

export function normalize(text: string): string {
  return text.replace(FOLDABLE, fold);
}

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
    return String.fromCharCode(code - 0xfee0);
  return FOLD[ch] ?? ch;
}
