/**
 * Score sheets in tables: the rows of a table with a 分值/权重 or 得分 column, grouped under the
 * section titles that carry a weight (绩效指标(90分) above a table, 产出指标(50分) in a row), with
 * the 总分/合计 row, the grade (a ticked checkbox, a grade in the total row) and the bands a legend
 * writes. Tables read from one run of text (one form) make one sheet, until its total row.
 *
 * Two ways of reading a row: by columns (the cell under 分值, the cell under 得分), or — in a
 * sheet that writes each level's weight beside its name (`一级指标 | 分值 | 二级指标 | (分值) | …`),
 * where merged cells shift the rows — by sequence: the last number is the score, the numbers
 * before it the weights of the row's levels, the last of them the row's own.
 */
import type { ExtractedFigure } from "../extract/figures.js";
import { SECTION } from "./columns.js";
import { type Band, checkedGrades, type GradeStatement, legendBands } from "./grades.js";
import type { Cell, Row, Table } from "./model.js";
import {
  leavesOf,
  makeItem,
  type ScoreItem,
  type ScoreSheet,
  type ScoreTotal,
  type SequenceRow,
} from "./score-model.js";
import { cellValue, figuresIn } from "./values.js";

const TOTAL_ROW = /^(?:总\s*分|合\s*计|总\s*计|得分合计|综合得分|总得分|分值合计)[:：]?$/;
const GRADE_CELL = /^(?:不合格|优秀|良好|合格|优|良|中|差)$/;
const MAX_NAME = 30;

interface Builder {
  items: ScoreItem[];
  total: ScoreTotal | null;
  grade: GradeStatement | null;
  bands: Band[] | null;
  tops: ExtractedFigure[];
  sequence: boolean;
  rows: SequenceRow[];
  sections: number;
  columns: { weight: string; score: string };
}

const newBuilder = (): Builder => ({
  items: [],
  total: null,
  grade: null,
  bands: null,
  tops: [],
  sequence: false,
  rows: [],
  sections: 0,
  columns: { weight: "分值", score: "得分" },
});

function scored(t: Table): boolean {
  return t.columns.some((c) => c.role === "score" || c.role === "weight");
}

/** The weight written in a section title (绩效指标(90分) → the figure 90). */
function sectionWeight(span: { start: number; end: number }, figures: readonly ExtractedFigure[]) {
  const cell: Cell = { text: "", span, kind: "text", col: -1, colspan: 1 };
  return figuresIn(cell, figures).find((f) => f.kind === "score") ?? null;
}

const nameLike = (x: Cell) =>
  x.kind === "text" && x.text.length <= MAX_NAME && !SECTION.test(x.text) && !/[<>☑□■√]/.test(x.text);

/** The row's name: the words nearest before `before` (its own weight), else its first words. */
function rowName(row: Row, before?: Cell): string {
  const at = before ? row.cells.indexOf(before) : -1;
  const c =
    (at > 0 ? row.cells.slice(0, at).reverse().find(nameLike) : undefined) ?? row.cells.find(nameLike);
  return c ? c.text : `第${row.index + 1}行`;
}

function numbers(table: Table, cells: readonly Cell[], figures: readonly ExtractedFigure[]) {
  return cells
    .filter((c) => c.kind === "number")
    .map((c) => ({ cell: c, fig: cellValue(table, c, figures) }))
    .filter((x): x is { cell: Cell; fig: ExtractedFigure } => x.fig !== null);
}

function readTotal(table: Table, row: Row, at: number, figures: readonly ExtractedFigure[]): ScoreTotal {
  const after = numbers(table, row.cells.slice(at + 1), figures);
  const role = (x: { cell: Cell }) => table.columns[x.cell.col]?.role;
  let weight: ExtractedFigure | null = null;
  let score: ExtractedFigure | null = null;
  if (after.length >= 2) {
    // 合计 | 100 | | 100 | 96.5: each level's weights add up to the full marks; the score is last.
    weight = after[0]!.fig;
    score = after[after.length - 1]!.fig;
  } else if (after.length === 1) {
    if (role(after[0]!) === "score") score = after[0]!.fig;
    else weight = after[0]!.fig;
  }
  return { weight, score, row: row.cells[at]!.text };
}

/** Reads one table's rows into the builder; returns true when the table closed the sheet (a total). */
function readTable(table: Table, b: Builder, norm: string, figures: readonly ExtractedFigure[]): void {
  let container = b.items;
  if (table.caption && table.captionSpan && SECTION.test(table.caption)) {
    const m = SECTION.exec(table.caption)!;
    const group = makeItem({
      name: m[1]!.trim(),
      level: 1,
      weight: sectionWeight(table.captionSpan, figures),
      row: table.caption,
    });
    b.items.push(group);
    b.sections++;
    container = group.children;
  }
  const groupsRoot = container;
  const weightCols = table.columns.filter((c) => c.role === "weight").map((c) => c.index);
  const scoreCol = table.columns.find((c) => c.role === "score")?.index ?? -1;
  const sequence = weightCols.length >= 2 && !table.columns.some((c) => c.role === "mixed");
  b.sequence ||= sequence;
  const wTitle = table.columns[weightCols[0] ?? -1]?.title;
  const sTitle = table.columns[scoreCol]?.title;
  if (wTitle) b.columns = { ...b.columns, weight: wTitle };
  if (sTitle) b.columns = { ...b.columns, score: sTitle };
  let depth = 0;
  const pending: { weights: ExtractedFigure[] }[] = [];
  for (const row of table.rows) {
    const checked = checkedGrades(norm, row.span.start, row.span.end);
    if (checked.length === 1) b.grade = { word: checked[0]!.word, span: checked[0]!.span, total: null };
    const legend = legendBands(norm.slice(row.span.start, row.span.end));
    if (legend) b.bands = legend;
    const at = row.cells.findIndex((c) => c.kind === "text" && TOTAL_ROW.test(c.text));
    if (at >= 0) {
      b.total = readTotal(table, row, at, figures);
      const g = row.cells.find((c, k) => k > at && GRADE_CELL.test(c.text));
      if (g && !b.grade) b.grade = { word: g.text, span: g.span, total: null };
      continue;
    }
    const section = row.cells.find((c) => c.kind === "text" && SECTION.test(c.text));
    if (section) {
      const group = makeItem({
        name: SECTION.exec(section.text)![1]!.trim(),
        level: 1,
        weight: sectionWeight(section.span, figures),
        row: section.text,
      });
      groupsRoot.push(group);
      b.sections++;
      container = group.children;
    }
    let weight: ExtractedFigure | null = null;
    let score: ExtractedFigure | null = null;
    let nameBefore: Cell | undefined;
    if (sequence) {
      const nums = numbers(table, row.cells, figures);
      if (nums.length === 0) continue;
      score = nums[nums.length - 1]!.fig;
      const weights = nums.slice(0, -1).map((x) => x.fig);
      weight = weights[weights.length - 1] ?? null;
      nameBefore = nums[nums.length - 2]?.cell;
      depth = Math.max(depth, weights.length);
      pending.push({ weights });
      const parentAt = nums[nums.length - 3]?.cell;
      b.rows.push({
        name: rowName(row, nameBefore),
        parent: weights.length >= 2 && parentAt ? rowName(row, parentAt) : null,
        weights,
      });
    } else {
      if (row.realigned) continue; // cells placed by content only: not sure which is the score
      const wCell = [...weightCols].reverse().find((k) => cellValue(table, cellIn(row, k), figures));
      weight = wCell === undefined ? null : cellValue(table, cellIn(row, wCell), figures);
      score = scoreCol >= 0 ? cellValue(table, cellIn(row, scoreCol), figures) : null;
      if (weight?.kind === "percent") weight = null;
      if (score?.kind === "percent") score = null;
    }
    if (!weight && !score) continue;
    const name = rowName(row, nameBefore);
    container.push(makeItem({ name, level: 1, weight, score, row: name, span: row.span }));
  }
  // Rows that carry all their levels' weights give the top level's weights.
  if (sequence && depth >= 2)
    for (const p of pending) if (p.weights.length === depth) b.tops.push(p.weights[0]!);
}

function cellIn(row: Row, col: number): Cell | undefined {
  return row.cells.find((c) => c.col === col);
}

/** Renumbers levels from the nesting. */
function relevel(items: readonly ScoreItem[], level = 1): ScoreItem[] {
  return items.map((x) => ({ ...x, level, children: relevel(x.children, level + 1) }));
}

function finish(b: Builder): ScoreSheet | null {
  const items = relevel(b.items);
  const leaves = leavesOf(items);
  if (!leaves.some((x) => x.weight || x.score) && !b.total) return null;
  const totalWeight = b.total?.weight?.value;
  const single = items.length === 1 && items[0]!.children.length > 0 ? items[0]! : null;
  return {
    source: "table",
    items,
    leaves,
    nested: b.sections > 0 && !b.sequence,
    partial: !!(single?.weight && totalWeight && single.weight.value.lt(totalWeight)),
    topWeights: b.sequence && b.tops.length ? b.tops : null,
    sequence: b.sequence ? b.rows : null,
    total: b.total,
    grade: b.grade ? { ...b.grade, total: b.total?.score ?? null } : null,
    bands: b.bands,
    columns: b.columns,
  };
}

export function tableSheets(
  tables: readonly Table[],
  norm: string,
  figures: readonly ExtractedFigure[],
): ScoreSheet[] {
  const out: ScoreSheet[] = [];
  let b: Builder | null = null;
  let block = Number.NaN;
  const close = () => {
    const s = b && finish(b);
    if (s) out.push(s);
    b = null;
  };
  for (const t of tables) {
    const isScored = scored(t) || (t.caption !== null && SECTION.test(t.caption));
    if (t.block !== block || (b !== null && (b as Builder).total !== null) || !isScored) close();
    block = t.block;
    if (!isScored) continue;
    b ??= newBuilder();
    readTable(t, b, norm, figures);
  }
  close();
  return out;
}
