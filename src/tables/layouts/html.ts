/**
 * HTML tables left in the text (`<table><tr><td>…`): cells are placed on the grid that `colspan`
 * and `rowspan` define, as a browser would; `<th>` rows and `<thead>` are headers. A cell's span is
 * its content between the tags; its text has the markup removed (`<td><p>10000</p></td>` → 10000).
 */
import { classifyCell, trimSpan } from "../cells.js";
import type { Cell } from "../model.js";
import { type RawBlock, type RawRow, spanOf } from "./raw.js";

const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr\s*>|<\/tbody|<\/thead|<\/tfoot|$)/gi;
const CELL = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<\/t[dh]\s*>|<t[dh]\b|$)/gi;

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function strip(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

function attr(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isFinite(n) && n >= 1 && n <= 100 ? n : 1;
}

export interface HtmlTable {
  readonly block: RawBlock;
  readonly start: number;
  readonly end: number;
}

export function readHtmlTables(text: string): HtmlTable[] {
  const out: HtmlTable[] = [];
  TABLE.lastIndex = 0;
  for (let t = TABLE.exec(text); t; t = TABLE.exec(text)) {
    const bodyStart = t.index + t[0].indexOf(">") + 1;
    const body = t[1]!;
    const rows: RawRow[] = [];
    // Columns still taken by a rowspan from above: column → rows left.
    const carry = new Map<number, number>();
    const inHead = (at: number) => {
      const before = body.slice(0, at);
      return before.lastIndexOf("<thead") > before.lastIndexOf("</thead");
    };
    ROW.lastIndex = 0;
    for (let r = ROW.exec(body); r; r = ROW.exec(body)) {
      if (r[0] === "") {
        ROW.lastIndex++;
        continue;
      }
      const rowStart = bodyStart + r.index + r[0].indexOf(">") + 1;
      const cells: Cell[] = [];
      let col = 0;
      let allTh = true;
      CELL.lastIndex = 0;
      for (let c = CELL.exec(r[1]!); c; c = CELL.exec(r[1]!)) {
        if (c[0] === "") {
          CELL.lastIndex++;
          continue;
        }
        while ((carry.get(col) ?? 0) > 0) col++;
        const contentStart = rowStart + c.index + c[0].indexOf(">") + 1;
        const contentEnd = contentStart + c[3]!.length;
        const clean = strip(c[3]!);
        const colspan = attr(c[2]!, "colspan");
        const rowspan = attr(c[2]!, "rowspan");
        cells.push({
          text: clean,
          span: trimSpan(text, contentStart, contentEnd),
          kind: classifyCell(clean),
          col,
          colspan,
        });
        if (c[1]!.toLowerCase() !== "th") allTh = false;
        for (let k = 0; k < colspan; k++) if (rowspan > 1) carry.set(col + k, rowspan);
        col += colspan;
      }
      for (const [k, left] of carry) carry.set(k, left - 1);
      if (cells.length === 0) continue;
      rows.push({
        cells,
        span: spanOf(cells, { start: rowStart, end: rowStart }),
        breakBefore: false,
        header: allTh || inHead(r.index),
      });
    }
    if (rows.length >= 2)
      out.push({
        block: { layout: "html", region: t.index, rows, placed: true, blanksContinue: false },
        start: t.index,
        end: t.index + t[0].length,
      });
  }
  return out;
}
