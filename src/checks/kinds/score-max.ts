/**
 * A score never exceeds its weight: 得分 ≤ 分值 for every indicator of a score sheet (a table row,
 * an outline item). Checked as 得分 = min(得分, 分值), each taken at its written value.
 */
import { allItems } from "../../tables/score-model.js";
import { exact, scoreSheets } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

export const scoreMax: KindFn = (ctx, ruleId) => {
  const out = empty();
  for (const sheet of scoreSheets(ctx)) {
    for (const item of allItems(sheet.items)) {
      const { weight, score } = item;
      if (!weight || !score || item.bonus || item.deduction) continue;
      out.relations.push({
        ruleId,
        // Points are awarded as written: 1 against a weight of 0.5 is over, not a rounded 0.5.
        target: { ...score, exact: true, decimals: Math.max(score.decimals, weight.decimals) },
        variants: [
          {
            name: "min(得分, 分值)",
            expr: { t: "call", fn: "min", args: [exact(score, "score"), exact(weight, "weight")] },
          },
        ],
        compare: "eq",
        explicit: true,
        exactInputs: false,
        messageId: "exceeds",
        data: {
          row: item.row,
          column: sheet.columns.score,
          weight: weight.raw,
          weightColumn: sheet.columns.weight,
        },
        direction: 1,
      });
    }
  }
  return out;
};
