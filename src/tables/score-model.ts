/**
 * Score sheets: indicators with a weight (分值) and a score (得分), nested (一级 → 二级 → 三级
 * 指标, or 1. → （1） → ① in prose), a total (总分), bonus points (加分) and the grade. Read from
 * tables (score-table.ts) and from prose outlines (outline.ts); checked by the score/* rules.
 */
import type { ExtractedFigure } from "../extract/figures.js";
import type { Span } from "../types.js";
import type { Band, GradeStatement } from "./grades.js";

export interface ScoreItem {
  readonly name: string;
  /** 1 for the top level. */
  readonly level: number;
  readonly weight: ExtractedFigure | null;
  readonly score: ExtractedFigure | null;
  /** 加分: added to the total, outside its parent's sum. 扣分 items carry `deduction`. */
  readonly bonus: boolean;
  readonly deduction: boolean;
  readonly children: ScoreItem[];
  /** Where the item is, for messages: the row or the outline item, and the column. */
  readonly row: string;
  /** The text of the item: its table row, or its outline item up to the next item (null: unknown). */
  readonly span: Span | null;
}

export interface SequenceRow {
  /** The row's own indicator (the words before its last weight). */
  readonly name: string;
  /** The indicator whose weight the row writes before its own, when it writes one. */
  readonly parent: string | null;
  readonly weights: readonly ExtractedFigure[];
}

export interface ScoreTotal {
  readonly weight: ExtractedFigure | null;
  readonly score: ExtractedFigure | null;
  readonly row: string;
}

export interface ScoreSheet {
  readonly source: "table" | "outline";
  /** Top-level items, each with its children. */
  readonly items: readonly ScoreItem[];
  /** Every item whose score counts in the total: the leaves (and childless items) of the tree. */
  readonly leaves: readonly ScoreItem[];
  /** The children lists were read from an explicit structure (an outline, section titles). */
  readonly nested: boolean;
  /**
   * The top level's weights when the items are not nested: a table whose rows carry their
   * parents' weights in the same row (`履职效能 | 50.00 | 整体效能 | 25.00 | … | 10.00 | … | 9.5`).
   */
  readonly topWeights: readonly ExtractedFigure[] | null;
  /**
   * Such a sheet's rows in order, each with the weights it writes, top level first: a row that
   * writes k weights gives the lowest k levels (its own weight last); [] when it writes none.
   */
  readonly sequence: readonly SequenceRow[] | null;
  /** The titles of the weight and score columns, for messages. */
  readonly columns: { readonly weight: string; readonly score: string };
  /** The stated weight of the top level is a part of a larger sheet cut off (one 90-point section of 100). */
  readonly partial: boolean;
  readonly total: ScoreTotal | null;
  readonly grade: GradeStatement | null;
  /** Bands the sheet writes itself (a checkbox legend), if any. */
  readonly bands: readonly Band[] | null;
}

export function makeItem(p: Partial<ScoreItem> & Pick<ScoreItem, "name" | "level" | "row">): ScoreItem {
  return {
    weight: null,
    score: null,
    bonus: false,
    deduction: false,
    children: [],
    span: null,
    ...p,
  };
}

/** The items of a tree, depth first. */
export function allItems(items: readonly ScoreItem[]): ScoreItem[] {
  const out: ScoreItem[] = [];
  const walk = (xs: readonly ScoreItem[]) => {
    for (const x of xs) {
      out.push(x);
      walk(x.children);
    }
  };
  walk(items);
  return out;
}

/** Leaves of a tree (childless items, bonus items included). */
export function leavesOf(items: readonly ScoreItem[]): ScoreItem[] {
  return allItems(items).filter((x) => x.children.length === 0);
}

/** A sheet read from prose (an outline, a sentence of items): nested as written, its total stated apart. */
export function proseSheet(items: ScoreItem[], total: ExtractedFigure | null): ScoreSheet {
  return {
    source: "outline",
    items,
    leaves: leavesOf(items),
    nested: true,
    topWeights: null,
    sequence: null,
    columns: { weight: "分值", score: "得分" },
    partial: false,
    total: total ? { weight: null, score: total, row: total.label } : null,
    grade: null,
    bands: null,
  };
}
