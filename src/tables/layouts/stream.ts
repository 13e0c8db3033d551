/**
 * Tables whose row boundaries were lost: one cell per line (`238.93 |`) or a whole table run
 * together on one line (`年初预算数 全年预算数 … 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 …`).
 *
 * A header is a run of four or more column titles (年初预算数, 分值, 得分 …); the cells after it
 * are cut into rows: a row starts with words (its name) and goes on with values; words after
 * values start the next row, unless they are a long remark. A run of words with no values ends
 * the table. A run of values longer than the header's value columns is several unnamed rows.
 */
import { isTitleText, roleOf, SECTION } from "../columns.js";
import type { Cell, Layout } from "../model.js";
import { type RawBlock, type RawRow, spanOf } from "./raw.js";

const LONG_REMARK = 24;
/** Titles that, right before a value, name a row rather than a column (总额 238.93 …). */
const ROW_NAME: ReadonlySet<string> = new Set(["total", "amount", "label"]);
/** A unit cell in an indicator row (度量单位): %, 个, 人次 … */
const UNIT_CELL = /^(?:%|‰|个|人|人次|户|家|项|次|天|年|月|元|万元|分|件|台|套|辆|亩|吨|米|平方米|公里)$/;

function isTitle(c: Cell): boolean {
  return c.kind === "text" && isTitleText(c.text);
}

function isValue(c: Cell | undefined): boolean {
  if (!c) return false;
  return c.kind !== "text" || UNIT_CELL.test(c.text);
}

/**
 * The length of the header run starting at `i` (0 when none): four or more titles. A title right
 * before a value names a row (年度资金总额: 0 0 0), and a section title after the first opens the
 * rows (产出指标(50分) 数量指标 …): neither belongs to the header.
 */
export function headerRun(cells: readonly Cell[], i: number): number {
  let j = i;
  while (
    j < cells.length &&
    isTitle(cells[j]!) &&
    !(isValue(cells[j + 1]) && ROW_NAME.has(roleOf(cells[j]!.text))) &&
    !(j > i && SECTION.test(cells[j]!.text))
  )
    j++;
  const n = j - i;
  if (n < 4) return 0;
  const roles = cells.slice(i, j).filter((c) => !SECTION.test(c.text) && roleOf(c.text) !== "label");
  return roles.length >= 2 ? n : 0;
}

/** `项目资金`, `(万元)` → one title `项目资金 (万元)`. */
function mergeUnits(titles: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of titles) {
    const prev = out[out.length - 1];
    if (prev && /^[(（]\s*(?:万元|元|亿元)\s*[)）]$/.test(c.text)) {
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text} ${c.text}`,
        span: { start: prev.span.start, end: c.span.end },
      };
    } else out.push(c);
  }
  return out;
}

/**
 * A two-row header read as one run: the titles after the remark column are the second header
 * row, written under the first row's leading titles (`绩效指标 | 年度指标值 | 实际完成值 | 分值 |
 * 得分 | 偏差原因…` over `一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位`). The second
 * row's titles come first, in place of the titles they subdivide (指标值 of 年度指标值).
 */
function unstack(titles: readonly Cell[]): Cell[] {
  const r = titles.findIndex((c, k) => k > 0 && roleOf(c.text) === "remark");
  const second = titles.slice(r + 1);
  if (r < 0 || second.length < 2 || !/[一二三]级指标/.test(second[0]!.text)) return [...titles];
  const bare = (c: Cell) => c.text.replace(/\s+/g, "");
  const first = titles
    .slice(0, r + 1)
    .filter(
      (t) => !second.some((s) => bare(s).length >= 2 && bare(t) !== bare(s) && bare(t).includes(bare(s))),
    );
  return [...second, ...first];
}

export function segmentStream(cells: readonly Cell[], layout: Layout, region: number): RawBlock[] {
  const blocks: RawBlock[] = [];
  let i = 0;
  while (i < cells.length) {
    const n = headerRun(cells, i);
    if (n === 0) {
      i++;
      continue;
    }
    const written = mergeUnits(cells.slice(i, i + n));
    const titles = unstack(written);
    i += n;
    const rows: RawRow[] = [];
    rows.push({ cells: titles, span: spanOf(written, written[0]!.span), breakBefore: false, header: true });
    const valueColumns = titles.filter((t) => !["label", "text", "remark"].includes(roleOf(t.text))).length;
    let row: Cell[] = [];
    let values = 0;
    let words = 0;
    const flush = () => {
      if (row.length && values > 0)
        rows.push({ cells: row, span: spanOf(row, row[0]!.span), breakBefore: false });
      row = [];
      values = 0;
      words = 0;
    };
    while (i < cells.length) {
      const c = cells[i]!;
      if (c.kind === "text" && headerRun(cells, i) > 0) break;
      if (isValue(c)) {
        // More values than the header has value columns: an unnamed row follows.
        if (values >= Math.max(valueColumns, 1) && words === 0) flush();
        row.push(c);
        values++;
        i++;
        continue;
      }
      // Words after values name the next row — unless they are long: this row's remark. (A short
      // remark cannot be told from the name of a row whose first cells are words too.)
      const long = c.text.length > LONG_REMARK;
      if (values > 0 && !long) flush();
      // An indicator row names up to five things before its values (一级 … 三级指标, 指标值, 完成值).
      if (values === 0 && (long || words >= 6)) {
        row = [];
        break; // words and no values: the table is over
      }
      row.push(c);
      if (values === 0) words++;
      i++;
    }
    flush();
    if (rows.some((r) => !r.header && r.cells.length > 1))
      blocks.push({ layout, region, rows, blanksContinue: false });
  }
  return blocks;
}
