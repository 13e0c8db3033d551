/**
 * Scores computed from a rate (indicators.md A7, A9, E4): where a score-sheet item says its points
 * were given in proportion (`平均执行率为90%，按比例计分`), 得分 = 率 × 分值 — or min(率, 100%) × 分值,
 * the catalog's cap at full marks. The rate is the one percentage the item states that is not a
 * threshold of a scoring rule (`高于150%减半得分`, `低于100%按比例计分` name no rate achieved).
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { allItems } from "../../tables/score-model.js";
import { firstFigureAt } from "../context.js";
import { ONE } from "../decimal.js";
import { bin, fig } from "../expr.js";
import { exact, scoreSheets } from "./table-common.js";
import { empty, type KindFn } from "./types.js";

const PROPORTIONAL = /按(?:完成|实际|执行)?比例(?:计分|得分|计算|折算|扣分|赋分)?/;
/** Words before a percentage that make it a threshold of the scoring rule, not a rate achieved. */
const THRESHOLD = /(?:高于|低于|超过|超出|不足|未达|未达到|达到|大于|小于|不低于|不高于|[≥≤<>＞＜])\s*$/;
const AFTER_THRESHOLD = /^\s*(?:以上|以下|及以上|及以下|的)/;

export const scoreRate: KindFn = (ctx, ruleId) => {
  const out = empty();
  for (const sheet of scoreSheets(ctx)) {
    for (const item of allItems(sheet.items)) {
      const { weight, score, span } = item;
      if (!weight || !score || !span || item.bonus || item.deduction) continue;
      const text = ctx.norm.slice(span.start, span.end);
      if (!PROPORTIONAL.test(text)) continue;
      const rates: ExtractedFigure[] = [];
      for (let k = firstFigureAt(ctx, span.start); k < ctx.figures.length; k++) {
        const f = ctx.figures[k]!;
        if (f.span.start >= span.end) break;
        if (f.kind === "percent" && f.span.end <= span.end && !threshold(ctx.norm, f, span.start))
          rates.push(f);
      }
      if (rates.length !== 1) continue;
      const rate = rates[0]!;
      out.relations.push({
        ruleId,
        target: score,
        variants: [
          { name: "率 × 分值", expr: bin("*", fig(rate, "rate"), exact(weight, "weight")) },
          {
            name: "min(率, 100%) × 分值",
            expr: bin(
              "*",
              { t: "call", fn: "min", args: [fig(rate, "rate"), { t: "const", v: ONE }] },
              exact(weight, "weight"),
            ),
          },
        ],
        compare: "eq",
        explicit: true,
        exactInputs: false,
        messageId: "fromRate",
        data: { row: item.row, rate: rate.raw, weight: weight.raw },
        direction: 1,
        namedVariants: true,
      });
    }
  }
  return out;
};

function threshold(norm: string, f: ExtractedFigure, from: number): boolean {
  const before = norm.slice(Math.max(from, f.span.start - 6), f.span.start);
  return THRESHOLD.test(before) || AFTER_THRESHOLD.test(norm.slice(f.span.end, f.span.end + 4));
}
