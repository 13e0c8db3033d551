/**
 * Offsets to lines and columns.
 *
 * Conventions (design.md §5):
 * - an offset is a JavaScript string index (UTF-16 code units) into the decoded text, 0-based;
 * - `line` and `column` are 1-based; `column` counts UTF-16 code units too, so
 *   `column = offset − lineStart + 1` (a character outside the BMP such as 𠀀 counts as 2);
 * - a line ends at "\n"; the "\n" belongs to the line it ends, and a "\r" just before it is part of
 *   the line ending, not of the line text (`lineText` drops both); a lone "\r" is not a line break;
 * - an offset past the end of the text is clamped to `text.length` (which lies on the last line),
 *   a negative one to 0.
 *
 * `toPoint` scans the text once (fine for one lookup); `LineIndex` is built once per text and
 * answers each lookup by binary search over the line starts, O(log n).
 */

export interface Point {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
  /** The (clamped) 0-based offset. */
  readonly offset: number;
}

function clamp(text: string, offset: number): number {
  if (!Number.isFinite(offset) || offset < 0) return 0;
  return Math.min(Math.trunc(offset), text.length);
}

/** Line and column of one offset; for many lookups into the same text, use `LineIndex`. */
export function toPoint(text: string, offset: number): Point {
  const at = clamp(text, offset);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1, offset: at };
}

export class LineIndex {
  readonly text: string;
  /** Offset of the first character of each line; `starts[0]` is 0. */
  private readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  /** Number of lines (a text ending with "\n" has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const at = clamp(this.text, offset);
    // the last line whose start is ≤ at
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1, offset: at };
  }

  /** Offset of the first character of a 1-based line (clamped to the existing lines). */
  lineStart(line: number): number {
    return this.starts[this.lineIdx(line)]!;
  }

  /** Offset just past the line's text, i.e. of its "\r\n" or "\n" (or the end of the text). */
  lineEnd(line: number): number {
    const i = this.lineIdx(line);
    const next = this.starts[i + 1];
    if (next === undefined) return this.text.length;
    return next >= 2 && this.text[next - 2] === "\r" && next - 2 >= this.starts[i]! ? next - 2 : next - 1;
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  private lineIdx(line: number): number {
    const i = Math.trunc(line) - 1;
    return Math.max(0, Math.min(Number.isFinite(i) ? i : 0, this.starts.length - 1));
  }
}
