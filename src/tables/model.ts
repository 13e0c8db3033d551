/**
 * The table model: what recovery makes of a table flattened into text (design.md §2, "Document").
 *
 * Every cell keeps its span in the text (the trimmed content; an empty cell is a zero-length span
 * where it sits), so a finding about a cell points at it. Rows keep the cells in text order with
 * the column each was aligned to; a row whose cells do not line up with the header (merged cells,
 * a lost empty cell) is aligned by content, never by guessing positions blindly.
 */
import type { UnitInfo } from "../extract/units.js";
import type { Span } from "../types.js";

/** How the table was written in the text. */
export type Layout =
  | "tsv" // one row per line, cells separated by tabs
  | "lines" // one cell per line (a leading tab), a blank line between rows
  | "pipe" // Markdown-like `| a | b |` rows
  | "pipe-cells" // one cell per line ending with ` |`, rows not marked
  | "flat" // a whole table run together on one line, cells separated by spaces
  | "html"; // <table><tr><td>

/** What a cell holds, as far as columns and alignment care. */
export type CellKind =
  | "empty"
  | "dash" // —, /, 无: nothing to report
  | "number"
  | "percent"
  | "compared" // a value with its comparison, as indicator tables write targets: ≥50个, ≤90万元
  | "text";

export interface Cell {
  /** The content, trimmed (markup removed for HTML). */
  readonly text: string;
  readonly span: Span;
  readonly kind: CellKind;
  /** The first column the cell covers, after alignment; -1 when it could not be placed. */
  readonly col: number;
  /** How many columns it covers (merged cells). */
  readonly colspan: number;
}

export interface Row {
  readonly cells: readonly Cell[];
  readonly span: Span;
  /** Index among the table's data rows (0-based). */
  readonly index: number;
  /** A blank gap, a page marker or a repeated header came just before this row. */
  readonly breakBefore: boolean;
  /** The cells did not line up with the header and were aligned by their content. */
  readonly realigned: boolean;
}

/** What a column holds, read from its title. */
export type ColumnRole =
  | "label" // row names: 项目名称, 名称, the first column
  | "seq" // 序号
  | "initial" // 年初预算
  | "adjust" // 调整数, 调增, 调减
  | "budget" // 全年预算, 调整后预算
  | "allocated" // 实际划拨, 到位, 拨付, 下达
  | "spent" // 实际支出, 执行数, 决算数
  | "balance" // 结余, 结转, 收回
  | "total" // 合计, 总计, 小计, 总额
  | "amount" // another quantity
  | "rate" // 执行率, 完成率, %
  | "weight" // 分值, 权重
  | "score" // 得分, 自评分
  | "mixed" // 指标值, 完成值: a number or words
  | "remark" // 备注, 说明, 原因
  | "text"; // anything else in words

export interface Column {
  readonly index: number;
  /** Header titles from the top row down, merged cells included, e.g. ["部门预算", "基本支出"]. */
  readonly path: readonly string[];
  /** The lowest non-empty title of the path ("" when the column has none). */
  readonly title: string;
  readonly role: ColumnRole;
  /** The unit the title declares: 年初预算/万元, 预算投入的资金（万元）. */
  readonly unit: UnitInfo | null;
}

export interface Table {
  readonly layout: Layout;
  /** Where the run of text the table was read from starts; tables of one form share it. */
  readonly block: number;
  readonly span: Span;
  /** The caption line just before the table (2020年市级财政项目预算资金说明表), if any. */
  readonly caption: string | null;
  /** Where the caption is written (a section cell or the line above), when known. */
  readonly captionSpan: Span | null;
  /** The unit declared for the whole table (金额单位：万元), if any. */
  readonly unit: UnitInfo | null;
  readonly columns: readonly Column[];
  /** Header rows, top first (cells aligned to columns). */
  readonly header: readonly Row[];
  readonly rows: readonly Row[];
}
