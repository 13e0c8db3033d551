/**
 * An order the text claims: `县级部门支出从大到小排序为：县文旅局支出100%；…；县扶贫办支出进83.06%` —
 * the values listed after 从大到小 / 由高到低 (从小到大 / 由低到高) never increase (decrease) from one
 * item to the next. Each step is a relation `next = min(next, previous)` (`max` for an ascending
 * order) over the values as written; inferred from the words, so a step out of order is a warning.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { sameFamily } from "../context.js";
import { fig } from "../expr.js";
import { figuresIn, nestDepth } from "./consistency-util.js";
import { empty, type KindFn } from "./types.js";

const ORDER =
  /(从大到小|由大到小|从高到低|由高到低|从多到少|由多到少|从小到大|由小到大|从低到高|由低到高|从少到多|由少到多)(?:的顺序|顺序)?(?:排序|排列|排名|依次)?(?:为|是|如下|依次为)?\s*[：:]?/g;
const ASCENDING = /^(?:从小到大|由小到大|从低到高|由低到高|从少到多|由少到多)$/;

export const order: KindFn = (ctx, ruleId) => {
  const out = empty();
  const depth = nestDepth(ctx);
  ORDER.lastIndex = 0;
  for (let m = ORDER.exec(ctx.norm); m; m = ORDER.exec(ctx.norm)) {
    const from = m.index + m[0].length;
    const stop = ctx.norm.slice(from).search(/[。！？\n]/);
    const to = stop < 0 ? ctx.norm.length : from + stop;
    const own = depth[m.index] ?? 0;
    const listed = figuresIn(ctx, from, to).filter(
      (f) => f.span.end <= to && (depth[f.span.start] ?? 0) === own && !f.approx,
    );
    const first = listed[0];
    if (!first || first.kind === "plain") continue;
    const values = listed.filter((f) => sameFamily(f, first));
    if (values.length < 3 || values.length !== listed.length) continue;
    const ascending = ASCENDING.test(m[1]!);
    // Values are compared as written (exact): an order is a claim about the written numbers.
    const exact = (f: ExtractedFigure): ExtractedFigure => ({ ...f, exact: true });
    for (let k = 1; k < values.length; k++) {
      const prev = exact(values[k - 1]!);
      const cur = exact(values[k]!);
      out.relations.push({
        ruleId,
        target: cur,
        variants: [
          {
            name: ascending ? "≥ previous" : "≤ previous",
            expr: {
              t: "call",
              fn: ascending ? "max" : "min",
              args: [fig(cur, "value"), fig(prev, "previous")],
            },
          },
        ],
        compare: "eq",
        explicit: false,
        exactInputs: false,
        messageId: ascending ? "notAscending" : "notDescending",
        data: { order: m[1]!, previous: values[k - 1]!.raw },
        direction: 1,
      });
    }
  }
  return out;
};
