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

export function normalize(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) {
      out += String.fromCharCode(code - 0xff10 + 0x30); // full-width digits
    } else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0); // full-width latin letters
    } else {
      out += FOLD[ch] ?? ch;
    }
  }
  return out;
}
