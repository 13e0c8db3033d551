/** How offsets in a converted document's text map back to the original file (cells of a workbook). */

export interface SourceCell {
  readonly start: number;
  readonly end: number;
  /** The cell in Excel's notation: `Sheet1!C7`, `'My sheet'!B2`. */
  readonly ref: string;
}

/** How offsets in a converted document's text map back to the original file. */
export interface SourceMap {
  /** The cells of a workbook, in text order, without overlaps (empty cells are not listed). */
  readonly cells: readonly SourceCell[];
}

/**
 * The cell that holds `offset` of the text (for a finding, pass `finding.span.start`), as
 * `Sheet1!C7`; null when the offset lies outside every cell (a sheet-name line) or there is no map.
 */
export function cellAt(sourceMap: SourceMap | undefined, offset: number): string | null {
  const cells = sourceMap?.cells;
  if (!cells) return null;
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cell = cells[mid]!;
    if (offset < cell.start) hi = mid - 1;
    else if (offset >= cell.end) lo = mid + 1;
    else return cell.ref;
  }
  return null;
}

/** `Sheet1!C7`; a sheet name that is not a plain word is quoted as Excel quotes it: `'My sheet'!C7`. */
export function cellRef(sheet: string, address: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[Rr]\d*[Cc]\d*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replaceAll("'", "''")}'`}!${address}`;
}
