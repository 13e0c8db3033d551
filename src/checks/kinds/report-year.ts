/**
 * Years that contradict the report's year (an `info` note, design.md §4): the report states its
 * year (`评价年度：2023年度`, a title `2020年度部门整体支出绩效自评报告`, a line `(2022年度)`), the
 * report's budget and spending amounts are dated with it, and one of them is dated with another
 * year — `2022年“三公”经费预算安排数0万元` in a 2023 report, where `2023年“公用经费”预算安排数`
 * follows. References to other years are not contradictions: comparisons (上年, 比2019年度, 同比),
 * balances carried over (结转, 年末), plans and targets (计划, 目标, 十四五), ranges (2021-2023年),
 * dates (2023年6月), titles of documents (《…2023年…》), tables, and a year that dates several
 * amounts (a deliberate second year).
 */
import type { ExtractedFigure } from "../../extract/index.js";
import type { Context } from "../context.js";
import { D } from "../decimal.js";
import { clauseStart, nestDepth, synthFigure } from "./consistency-util.js";
import { empty, type KindFn } from "./types.js";

const STATED_YEAR = /评价年度\s*[：:]\s*((?:19|20)\d\d)\s*年/;
/** A title: 2020年度部门整体支出绩效自评报告, XX中心2024年度项目支出绩效单位自评报告. */
const TITLE_YEAR = /((?:19|20)\d\d)\s*年度?[^，。,;；\n]{0,40}?(?:报告|自评表|评价表|情况说明|公开)\s*$/;
const YEAR_LINE = /^\s*\(?\s*((?:19|20)\d\d)\s*年度?\s*\)?\s*$/;
const YEAR = /((?:19|20)\d\d)\s*年(度)?/g;
const BUDGET = /预算|决算|支出|收入|拨款|经费/;
const REFERENCE =
  /上年|去年|同期|以前|往年|历年|比|较|同比|增|减|下降|提高|降低|结转|结余|累计|截至|截止|计划|目标|预计|规划|十[一二三四五六]五|至|到|—|-|~|～|年末|年底|年初|以来|期间|分别|申报|编制/;

interface Dated {
  readonly year: number;
  readonly yearSpan: { start: number; end: number };
  readonly figure: ExtractedFigure;
  /** The words between the year and the amount: “三公”经费预算安排数. */
  readonly label: string;
  readonly reference: boolean;
}

/** The report's own year, as its head states it. */
export function reportYear(ctx: Context): number | null {
  const head = ctx.norm.slice(0, 1500);
  const stated = STATED_YEAR.exec(head);
  if (stated) return Number(stated[1]);
  const lines = head
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 8);
  for (const line of lines) {
    const only = YEAR_LINE.exec(line);
    if (only) return Number(only[1]);
    if (line.trim().length > 60 || /《|根据|关于|通知|[，,。；;]/.test(line)) continue;
    const title = TITLE_YEAR.exec(line);
    if (title) return Number(title[1]);
  }
  return null;
}

export const reportYearKind: KindFn = (ctx, ruleId) => {
  const out = empty();
  const year = reportYear(ctx);
  if (year === null) return out;
  const dated = datedAmounts(ctx);
  const support = dated.filter((d) => d.year === year && !d.reference).length;
  const perYear = new Map<number, number>();
  for (const d of dated) perYear.set(d.year, (perYear.get(d.year) ?? 0) + 1);
  for (const d of dated) {
    if (d.reference || (d.year !== year && support < 2)) continue;
    // Another amount of the same year makes it a deliberate second year, not a slip.
    if (d.year !== year && (perYear.get(d.year) ?? 0) > 1) continue;
    const target = {
      ...synthFigure(ctx, {
        span: { start: d.yearSpan.start, end: d.yearSpan.end },
        numberSpan: { start: d.yearSpan.start, end: d.yearSpan.start + 4 },
        value: d.year,
        unit: "年",
        kind: "plain",
        decimals: -1, // a year is exact: no rounding, no truncation
        label: d.label,
        tag: 4,
      }),
      unitInherited: true, // shown with its 年: 2023年
    };
    out.relations.push({
      ruleId,
      target,
      variants: [{ name: "report year", expr: { t: "const", v: new D(year) } }],
      compare: "eq",
      note: true,
      explicit: false,
      exactInputs: false,
      messageId: "otherYear",
      data: { label: d.label, year: String(year), support: String(support - (d.year === year ? 1 : 0)) },
      direction: 1,
    });
  }
  return out;
};

/** Budget and spending amounts dated by a year in their own clause: 2023年支出预算902.25万元. */
function datedAmounts(ctx: Context): Dated[] {
  const depth = nestDepth(ctx);
  const out: Dated[] = [];
  const tableRow = new Map<number, boolean>();
  const isTableRow = (p: number): boolean => {
    let t = tableRow.get(p);
    if (t === undefined) {
      const para = ctx.a.segments.paragraphs[p];
      t = para !== undefined && /[\t|]/.test(ctx.norm.slice(para.start, para.end));
      tableRow.set(p, t);
    }
    return t;
  };
  for (const f of ctx.figures) {
    if (f.kind !== "money" || f.approx || isTableRow(f.paragraph)) continue;
    const start = clauseStart(ctx, f.numberSpan.start);
    const clause = ctx.norm.slice(start, f.numberSpan.start);
    let last: RegExpExecArray | null = null;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(clause); m; m = YEAR.exec(clause)) last = m;
    if (!last) continue;
    const yearStart = start + last.index;
    const yearEnd = yearStart + last[0].length;
    if (/^\s*\d{1,2}\s*月/.test(ctx.norm.slice(yearEnd, yearEnd + 4))) continue; // a date
    if ((depth[yearStart] ?? 0) > (depth[f.numberSpan.start] ?? 0)) continue; // 《…2023年…》
    const label = ctx.a.text.slice(yearEnd, f.numberSpan.start).trim();
    if (label.length > 20 || !BUDGET.test(label)) continue;
    out.push({
      year: Number(last[1]),
      yearSpan: { start: yearStart, end: yearStart + last[0].replace(/度$/, "").length },
      figure: f,
      label: label.replace(/(?:为|是|达到|达|共计|合计|共|计)$/, ""),
      reference:
        REFERENCE.test(clause.slice(0, last.index)) ||
        REFERENCE.test(ctx.norm.slice(yearEnd, f.numberSpan.start)),
    });
  }
  return out;
}
