/**
 * Percentage points: `增长5.4%，比一季度（-8.8%）、上半年（-4.0%）分别提高14.2、9.4个百分点`
 * or `X%，比上年Y%提高Z个百分点`: the rate minus each rate it is compared with equals the
 * points stated, in the direction the words give.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { bin, fig } from "../expr.js";
import { empty, type KindFn } from "./types.js";

const DIRECTION = /(?:分别)?(提高|上升|增加|增长|高出|高于|下降|降低|减少|回落|低于|下滑)了?\s*$/;
const UP = /提高|上升|增加|增长|高出|高于/;
const COMPARE = /比|较|同比|与/g;

export const points: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  for (const figs of ctx.bySentence) {
    for (let i = 0; i < figs.length; i++) {
      const first = figs[i]!;
      if (first.kind !== "points") continue;
      // The run of points figures: 14.2、9.4和1.6个百分点
      const run: ExtractedFigure[] = [first];
      while (
        i + 1 < figs.length &&
        figs[i + 1]!.kind === "points" &&
        /^[\s、,，和及与]*$/.test(ctx.norm.slice(run[run.length - 1]!.span.end, figs[i + 1]!.span.start))
      )
        run.push(figs[++i]!);
      const prevFig = figs[figs.indexOf(first) - 1];
      const gapStart = prevFig ? prevFig.span.end : (ctx.a.segments.sentences[first.sentence]?.start ?? 0);
      const d = DIRECTION.exec(ctx.norm.slice(gapStart, first.span.start));
      if (!d) continue;
      const dirAt = gapStart + (d.index ?? 0);
      const dir: 1 | -1 = UP.test(d[1]!) ? 1 : -1;
      // The comparison word before the direction word, the rate before it, the rates after it.
      const sentenceStart = ctx.a.segments.sentences[first.sentence]?.start ?? 0;
      const text = ctx.norm.slice(sentenceStart, dirAt);
      let cmpAt = -1;
      COMPARE.lastIndex = 0;
      for (let m = COMPARE.exec(text); m; m = COMPARE.exec(text)) cmpAt = sentenceStart + m.index;
      if (cmpAt < 0) continue;
      const compared = figs.filter(
        (f) => f.kind === "percent" && f.span.start > cmpAt && f.span.end <= dirAt,
      );
      const base = [...figs].reverse().find((f) => f.kind === "percent" && f.span.end <= cmpAt && !f.approx);
      if (!base || compared.length !== run.length) continue;
      run.forEach((p, k) => {
        if (claimed.has(p.id)) return;
        out.relations.push({
          ruleId,
          target: p,
          variants: [
            { name: "rate − compared", expr: bin("-", fig(base, "rate"), fig(compared[k]!, "compared")) },
          ],
          compare: "eq",
          explicit: true,
          exactInputs: false,
          messageId: "points",
          data: { label: base.label || base.raw },
          direction: dir,
        });
      });
    }
  }
  return out;
};
