/**
 * Score roll-ups (indicators.md I14): the children of an indicator add up to it, weights and scores
 * both (Σ三级 = 二级, Σ二级 = 一级); the top level's weights add up to the total weight (100); the
 * total score is the sum of the top level plus 加分 minus 扣分. Every figure is taken at its written
 * value; the stated result carries its own rounding.
 */

import type { ExtractedFigure } from "../../extract/index.js";
import { allItems, type ScoreItem, type ScoreSheet } from "../../tables/score-model.js";
import { ZERO } from "../decimal.js";
import { sum } from "../expr.js";
import type { Relation } from "../relation.js";
import { complete, statedSum, topWeights, totalExpr, totalParts } from "./score-common.js";
import { groupWeights } from "./score-groups.js";
import { exact, scoreSheets } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

function rel(
  ruleId: string,
  target: ExtractedFigure,
  terms: readonly ExtractedFigure[],
  messageId: string,
  data: Record<string, string>,
  compare: "eq" | "le" = "eq",
  expr = sum(terms.map((f) => exact(f, "part"))),
  operands: readonly ExtractedFigure[] = terms,
): Relation {
  return {
    ruleId,
    target: statedSum(target, operands),
    variants: [{ name: "Σ", expr }],
    compare,
    explicit: true,
    exactInputs: false,
    messageId,
    data,
    direction: 1,
  };
}

/**
 * An indicator and its children. Children whose weights fall short of the parent's may be a list
 * of the main ones only: their weights are then only held to not exceed it, and their scores are
 * summed only when their weights make up the parent's (the breakdown is whole).
 */
function children(ruleId: string, sheet: ScoreSheet, item: ScoreItem): Relation[] {
  const kids = item.children.filter((x) => !x.bonus && !x.deduction);
  if (kids.length === 0 || !kids.every((x) => x.weight)) return [];
  const out: Relation[] = [];
  const data = { row: item.row, count: String(kids.length) };
  const weights = kids.map((x) => x.weight!);
  const whole = weights.reduce((acc, f) => acc.plus(f.value), ZERO);
  if (item.weight) {
    const short = whole.lt(item.weight.value);
    out.push(
      rel(
        ruleId,
        item.weight,
        weights,
        "childWeights",
        { ...data, column: sheet.columns.weight },
        short ? "le" : "eq",
      ),
    );
    if (short) return out;
  }
  if (item.score && kids.every((x) => x.score))
    out.push(
      rel(
        ruleId,
        item.score,
        kids.map((x) => x.score!),
        "childScores",
        { ...data, column: sheet.columns.score },
      ),
    );
  return out;
}

/** A sheet's figures are its own: every roll-up is checked, whichever score rule ran first. */
export const scoreSum: KindFn = (ctx, ruleId) => {
  const out = empty();
  for (const sheet of scoreSheets(ctx)) {
    const rels: Relation[] = [];
    if (sheet.nested) for (const item of allItems(sheet.items)) rels.push(...children(ruleId, sheet, item));
    const grouping = groupWeights(sheet);
    for (const g of grouping ? [...grouping.groups, ...grouping.failed] : []) {
      if (g.children.length === 0) continue;
      rels.push(
        rel(
          ruleId,
          g.weight,
          g.children,
          "childWeights",
          {
            row: g.parent.parent ?? g.parent.name,
            count: String(g.children.length),
            column: sheet.columns.weight,
          },
          g.open ? "le" : "eq",
        ),
      );
    }
    const total = sheet.total;
    const weights = topWeights(sheet);
    if (total?.weight && weights)
      rels.push(
        rel(
          ruleId,
          total.weight,
          weights,
          "totalWeight",
          { row: total.row, column: sheet.columns.weight },
          sheet.partial ? "le" : "eq",
        ),
      );
    const parts = totalParts(sheet);
    if (total?.score && parts && complete(sheet))
      rels.push(
        rel(
          ruleId,
          total.score,
          parts.terms,
          "totalScore",
          { row: total.row, column: sheet.columns.score },
          sheet.partial ? "le" : "eq",
          totalExpr(parts),
          [...parts.terms, ...parts.bonus, ...parts.deductions],
        ),
      );
    out.relations.push(...rels);
  }
  return out;
};
