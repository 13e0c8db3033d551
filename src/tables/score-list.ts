/**
 * Score sheets written as one sentence of items, as summaries of a 自评报告 do:
 *
 *   经自评，本部门整体支出绩效自评得分为95.5分，等级为“优”。其中预算执行15分，得分14.5分；
 *   产出指标40分，得分39分；效益指标35分，得分33分；满意度指标10分，得分9分。
 *
 * Two or more `名称 N分，(自评)得分M分` items in a row, separated only by punctuation, make a flat
 * sheet; its total is the score the report states for the whole evaluation just before or after.
 * Items of an outline (one per line, 1. （1）…) are read by outline.ts, not here.
 */
import type { ExtractedFigure } from "../extract/figures.js";
import { findTotal } from "./outline.js";
import { makeItem, proseSheet, type ScoreItem, type ScoreSheet } from "./score-model.js";
import { lowerBound } from "./values.js";

const ITEM =
  /([\u4e00-\u9fa5]{2,12}?)(?:指标总分|总分|分值|满分|权重)?(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[，,]\s*(?:自评)?(?:得分|得)(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
/** What may stand between two items of one list. */
const BETWEEN = /^[\s；;，,、]*$/;

function figureAt(figures: readonly ExtractedFigure[], start: number): ExtractedFigure | null {
  for (let k = lowerBound(figures, start - 1); k < figures.length; k++) {
    const f = figures[k]!;
    if (f.span.start > start) break;
    if (f.numberSpan.start === start) return f.approx ? null : f;
  }
  return null;
}

interface Found {
  readonly item: ScoreItem;
  readonly start: number;
  readonly end: number;
}

export function listSheets(
  norm: string,
  figures: readonly ExtractedFigure[],
  taken: ReadonlySet<number>,
): ScoreSheet[] {
  const sheets: ScoreSheet[] = [];
  let run: Found[] = [];
  const close = () => {
    if (run.length >= 2) {
      const items = run.map((x) => x.item);
      const ranges = run.map((x) => [x.start, x.end] as const);
      const inside = (f: ExtractedFigure) => ranges.some(([s, e]) => f.span.start >= s && f.span.start < e);
      const total = findTotal(figures, norm, run[0]!.start, run[run.length - 1]!.end, inside);
      sheets.push(proseSheet(items, total));
    }
    run = [];
  };
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(norm); m; m = ITEM.exec(norm)) {
    const wAt = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const sAt = m.index + m[0].lastIndexOf(m[3]!);
    const weight = figureAt(figures, wAt);
    const score = figureAt(figures, sAt);
    if (!weight || !score || taken.has(weight.id) || taken.has(score.id)) {
      close();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && !BETWEEN.test(norm.slice(prev.end, m.index))) close();
    const name = m[1]!.replace(/^(?:其中|分别为|包括)/, "");
    run.push({
      item: makeItem({
        name,
        level: 1,
        weight,
        score,
        row: name,
        span: { start: m.index, end: m.index + m[0].length },
      }),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  close();
  return sheets;
}
