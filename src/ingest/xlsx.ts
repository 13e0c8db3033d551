/**
 * Excel (.xlsx) → text, with a source map from text offsets to cells.
 *
 * Every visible sheet is a table: a line with the sheet's name (unless the sheet's first row is a
 * title that says the same), then one line per row with the cells separated by TABs (from the
 * sheet's first used column to its last), then a blank line.
 * An empty row is a blank line; a title or note row above or below the table keeps only its text
 * (see `gridLines`). A cell reads as Excel shows it: its number format applied (`0.00%` shows
 * 0.9907 as 99.07%, `#,##0.00` shows 5296 as 5,296.00, `0.00"万元"` keeps the unit), a formula as its
 * cached result, a merged range once, in its top-left cell. Hidden sheets are left out: the text
 * is what a reader of the workbook sees. Never throws.
 */
import { Decimal as DecimalJs } from "decimal.js";
import ExcelJS from "exceljs";
import { checkPackage, MAX_UNZIPPED_BYTES, reason } from "./docx.js";
import { gridLines } from "./html.js";
import type { Converted } from "./read.js";

/** Where a cell's text lies in the text a reader produced (UTF-16 offsets, `end` exclusive). */
import { cellRef, type SourceCell } from "./source-map.js";

export { cellAt, cellRef, type SourceCell, type SourceMap } from "./source-map.js";

/** Above this many characters of text the workbook is a data dump, not a report. */
export const MAX_XLSX_CHARS = 20_000_000;

const EXCEL = "Excel workbook (.xlsx)";

/** Decimal arithmetic for number formats: Excel rounds half away from zero, on decimal digits. */
const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });

// ---------------------------------------------------------------------------------------------
// Number formats

/** Splits a format code at the `;` that separate its sections, outside quotes and brackets. */
function sections(code: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === "\\" && !quoted && i + 1 < code.length) {
      current += ch + code[++i];
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

type Token =
  | { kind: "literal"; text: string }
  | { kind: "digit"; ch: "0" | "#" | "?" }
  | { kind: "dot" }
  | { kind: "comma" }
  | { kind: "percent" };

interface Section {
  tokens: Token[];
  date: boolean;
  /** Something this reader does not render (scientific, fractions, Chinese numerals, text `@`). */
  other: boolean;
}

function tokenize(section: string): Section {
  const tokens: Token[] = [];
  let date = false;
  let other = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ kind: "literal", text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      if (i + 1 < section.length) tokens.push({ kind: "literal", text: section[++i]! });
    } else if (ch === "_" || ch === "*") {
      i++; // padding and fill take the next character
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const body = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
      const currency = /^\$([^-]*)/.exec(body);
      if (currency) tokens.push({ kind: "literal", text: currency[1]! });
      else if (/^(?:h+|m+|s+)$/i.test(body)) date = true;
      else if (/^dbnum/i.test(body)) other = true;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      tokens.push({ kind: "digit", ch });
    } else if (ch === ".") {
      tokens.push({ kind: "dot" });
    } else if (ch === ",") {
      tokens.push({ kind: "comma" });
    } else if (ch === "%") {
      tokens.push({ kind: "percent" });
    } else if (
      /[yYmMdDhHsS]/.test(ch) ||
      section.startsWith("AM/PM", i) ||
      section.startsWith("上午/下午", i)
    ) {
      date = true;
    } else if (ch === "E" && /^E[+-]/.test(section.slice(i))) {
      other = true;
    } else if (ch === "/" || ch === "@") {
      other = true;
    } else {
      tokens.push({ kind: "literal", text: ch });
    }
  }
  return { tokens, date, other };
}

/** A number as Excel's General format shows it: up to 15 significant digits, no exponent. */
export function generalNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return new Decimal(value.toPrecision(15)).toFixed();
}

function dateText(date: Date, code: string): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const seconds = date.getUTCSeconds();
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  const hasDate = /[yd]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
  const hasTime = /[hs]/i.test(bare);
  const day = code.includes("年") ? `${y}年${m}月${d}日` : `${y}-${pad(m)}-${pad(d)}`;
  const clock = seconds ? `${time}:${pad(seconds)}` : time;
  if (hasDate && hasTime) return `${day} ${clock}`;
  return hasTime ? clock : day;
}

/** Excel's date serial (days since 1899-12-30, the 1900 system) as a UTC date. */
const serialDate = (serial: number): Date => new Date(Math.round((serial - 25569) * 86400000));

/** A number as a format code shows it (the common codes: decimals, grouping, %, literals, dates). */
export function formatNumber(value: number, code: string | undefined): string {
  if (!code || /^general$/i.test(code.trim())) return generalNumber(value);
  const parts = sections(code);
  let section = parts[0]!;
  let sign = value < 0 ? "-" : "";
  if (value < 0 && parts.length > 1) {
    section = parts[1]!;
    sign = "";
  } else if (value === 0 && parts.length > 2) section = parts[2]!;
  const { tokens, date, other } = tokenize(section);
  if (date) return dateText(serialDate(value), code);
  if (other || /general/i.test(section)) return generalNumber(value);

  const digits = tokens.flatMap((t, i) => (t.kind === "digit" ? [i] : []));
  if (digits.length === 0) {
    // Only literals (`"-"` for zero, say): shown as written.
    return tokens.map((t) => (t.kind === "literal" ? t.text : t.kind === "percent" ? "%" : "")).join("");
  }
  const first = digits[0]!;
  const last = digits.at(-1)!;
  const dot = tokens.findIndex((t, i) => t.kind === "dot" && i > first && i <= last + 1);
  const intEnd = dot < 0 ? last + 1 : dot;
  const intDigits = tokens.slice(first, intEnd).filter((t) => t.kind === "digit");
  const fracDigits = dot < 0 ? [] : tokens.slice(dot + 1, last + 1).filter((t) => t.kind === "digit");
  const grouping = tokens.slice(first, intEnd).some((t) => t.kind === "comma");
  // Commas right after the last digit (`#,##0,`, `0.0,`) divide by a thousand each.
  let scale = 0;
  for (let i = last + 1; i < tokens.length && tokens[i]!.kind === "comma"; i++) scale++;
  const percents = tokens.filter((t) => t.kind === "percent").length;

  let n = new Decimal(Math.abs(value).toPrecision(15));
  if (percents) n = n.times(new Decimal(100).pow(percents));
  if (scale) n = n.div(new Decimal(1000).pow(scale));
  const required = fracDigits.filter((t) => t.kind === "digit" && t.ch === "0").length;
  let fixed = n.toFixed(fracDigits.length, Decimal.ROUND_HALF_UP);
  let [whole = "0", frac = ""] = fixed.split(".");
  while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  const minWhole = intDigits.filter((t) => t.kind === "digit" && t.ch === "0").length;
  if (whole === "0" && minWhole === 0) whole = "";
  whole = whole.padStart(minWhole, "0");
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  fixed = frac ? `${whole}.${frac}` : whole;
  if (fixed === "") fixed = "0";
  if (/^[0.,]*$/.test(fixed) && !/[1-9]/.test(fixed)) sign = ""; // -0.001 shown as 0.00

  let before = "";
  let after = "";
  tokens.forEach((t, i) => {
    const text = t.kind === "literal" ? t.text : t.kind === "percent" ? "%" : "";
    if (i < first) before += text;
    else if (i > last) after += text;
  });
  return `${sign}${before}${fixed}${after}`;
}

type Value = ExcelJS.CellValue;

/** A cell's value as the text Excel shows. */
export function cellText(value: Value, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, numFmt);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : dateText(value, numFmt ?? "yyyy-mm-dd");
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? "" : cellText(result as Value, numFmt);
  }
  if ("hyperlink" in value) return cellText(value.text as Value, numFmt);
  return "";
}

// ---------------------------------------------------------------------------------------------

/** The text of a .xlsx file's bytes, with the cells' source map. */
export async function readXlsx(bytes: Uint8Array, opts: { maxUnzipped?: number } = {}): Promise<Converted> {
  const refused = checkPackage(bytes, "xl/workbook.xml", EXCEL, opts.maxUnzipped ?? MAX_UNZIPPED_BYTES);
  if (refused) return refused;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    return { ok: false, code: "corrupt", detail: `not a valid ${EXCEL}: ${reason(error)}` };
  }

  let text = "";
  const cells: SourceCell[] = [];
  const push = (line: string) => {
    text += `${line}\n`;
  };
  try {
    for (const sheet of workbook.worksheets) {
      if (sheet.state !== "visible") continue;
      // Sparse rows: row number → column → [text, address].
      const rows = new Map<number, Map<number, readonly [string, string]>>();
      let minCol = Number.POSITIVE_INFINITY;
      let maxCol = 0;
      sheet.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const value = cellText(cell.value, cell.numFmt).replace(/\s+/g, " ").trim();
          if (value === "") return;
          const line = rows.get(r) ?? new Map<number, readonly [string, string]>();
          rows.set(r, line);
          line.set(c, [value, cell.address]);
          minCol = Math.min(minCol, c);
          maxCol = Math.max(maxCol, c);
        });
      });
      if (rows.size === 0) continue;
      const numbers = [...rows.keys()];
      const firstRow = Math.min(...numbers);
      const lastRow = Math.max(...numbers);
      const grid: string[][] = [];
      const addresses: (string | undefined)[][] = [];
      for (let r = firstRow; r <= lastRow; r++) {
        const line = rows.get(r);
        const texts: string[] = [];
        const refs: (string | undefined)[] = [];
        for (let c = minCol; c <= maxCol; c++) {
          const cell = line?.get(c);
          texts.push(cell?.[0] ?? "");
          refs.push(cell?.[1]);
        }
        grid.push(texts);
        addresses.push(refs);
      }
      const laid = gridLines(grid, { keepEmptyRows: true });
      // The sheet's name heads its table, unless the first row already says it (a title row).
      if (laid[0]?.text.trim() !== sheet.name.trim()) push(sheet.name);
      for (const line of laid) {
        for (const cell of line.cells) {
          const address = addresses[line.row]![cell.col];
          if (address === undefined) continue;
          cells.push({
            start: text.length + cell.start,
            end: text.length + cell.end,
            ref: cellRef(sheet.name, address),
          });
        }
        push(line.text);
        if (text.length > MAX_XLSX_CHARS) throw new RangeError("too many characters");
      }
      push("");
    }
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        ok: false,
        code: "too-large",
        detail: `an ${EXCEL} of more than ${MAX_XLSX_CHARS} characters of text`,
      };
    }
    return { ok: false, code: "corrupt", detail: `not a valid ${EXCEL}: ${reason(error)}` };
  }
  return { ok: true, text: text.replace(/\n+$/, "\n"), sourceMap: { cells } };
}
