/**
 * Shares: `A a，占X%` / `占全年总支出的X%` / `占比X%`. The share is bound to the total named after
 * 占 (by label), or, when no total is named, to the total of the breakdown the part belongs to or
 * a larger amount stated before it in the paragraph. A named total that the text does not state
 * leaves the share unverifiable; it is never replaced by a guess.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { bestLabelMatch, type Context, core, firstFigureAt, QUANTITY_HEAD, sameFamily } from "../context.js";
import { bin, fig } from "../expr.js";
import { check, type Relation } from "../relation.js";
import { breakdowns } from "./parts.js";
import { empty, type KindFn } from "./types.js";

const NAMED = /占(?<name>[^，,；;。占\d]*?)(?:的)?(?:比重|比例|份额|比)?(?:为|达到?|约为?)?\s*$/;
/** Completion against a plan: 完成全年投资计划的106.8% / 为预算的95% — a share with its total named. */
const PLAN = /(?:完成|达到|达|为|是)(?<name>[^，,；;。\d]{0,12}?(?:计划|预算|目标)[^，,；;。\d]{0,4}?)的\s*$/;
const UNNAMED = /(?:占比|所占比重|所占比例|占比重|比重)(?:为|达到?|约为?)?\s*$/;
/** Candidate totals tried for a share whose total is not named: the nearest few. */
const NEAREST = 12;
const GENERIC_NAME = /^(?:总额|合计|总数|全部|总|总量)?$/;

export const share: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  const partOf = new Map<number, ExtractedFigure>();
  for (const b of breakdowns(ctx)) if (!b.partial) for (const p of b.parts) partOf.set(p.id, b.total);
  for (const pct of ctx.figures) {
    if (pct.kind !== "percent" || pct.approx || claimed.has(pct.id)) continue;
    const sentenceFigs = ctx.bySentence[pct.sentence] ?? [];
    const idx = sentenceFigs.indexOf(pct);
    const prev = sentenceFigs[idx - 1];
    const from = Math.max(prev ? prev.span.end : 0, ctx.a.segments.sentences[pct.sentence]?.start ?? 0);
    const pre = ctx.norm.slice(from, pct.span.start);
    const plan = PLAN.exec(pre);
    const named = plan ?? NAMED.exec(pre);
    const unnamed = !named && UNNAMED.exec(pre);
    if (!named && !unnamed) continue;
    if (/分别/.test(pre)) continue; // 分别占…X%、Y%: shares of several parts, bound elsewhere
    const markerAt = from + (named ? named.index : (unnamed as RegExpExecArray).index);
    const part = partBefore(ctx, sentenceFigs, markerAt);
    if (!part) continue;
    const name = named?.groups?.name?.trim() ?? "";
    const label = part.label || part.raw;
    const make = (total: ExtractedFigure, explicit: boolean): Relation => ({
      ruleId,
      target: pct,
      variants: [{ name: "part / total", expr: bin("/", fig(part, "part"), fig(total, "total")) }],
      compare: "eq",
      explicit,
      exactInputs: false,
      messageId: plan ? "completion" : "share",
      data: { label, total: total.label || name || total.raw },
      direction: 1,
    });
    if (!GENERIC_NAME.test(name.replace(/的$/, ""))) {
      if (!QUANTITY_HEAD.test(core(name))) {
        out.unverifiable.push({
          ruleId,
          target: pct,
          missing: { zh: `“${name}”的数值`, en: `the value of “${name}”` },
        });
        continue;
      }
      // 完成预算的93.25%: a bare 预算 / 计划 is the part's own, stated beside it — a report states
      // many budgets in money, and another paragraph's is another thing's. (A plan in 公里 or 个 is
      // rarer and may be stated in the section on targets.)
      const own = plan && OWN_PLAN.test(core(name)) && part.kind === "money";
      const total = namedTotal(ctx, name, part, pct, own ? part.paragraph : null);
      if (total) out.relations.push(make(total, true));
      else
        out.unverifiable.push({
          ruleId,
          target: pct,
          missing: { zh: `“${name}”的数值`, en: `the value of “${name}”` },
        });
      continue;
    }
    // No total named: the breakdown's total, or a larger amount before the part in the paragraph.
    const listTotal = partOf.get(part.id);
    const candidates = [
      ...(listTotal ? [listTotal] : []),
      ...(ctx.byParagraph[part.paragraph] ?? [])
        .filter(
          (f) =>
            f.span.end <= part.span.start &&
            f !== listTotal &&
            compatible(f, part) &&
            f.value.abs().gt(part.value.abs()) &&
            !hasOwnShare(ctx, f),
        )
        .reverse()
        .slice(0, NEAREST),
    ];
    const holding = candidates.find((t) => check(make(t, false)).status === "consistent");
    if (holding) out.relations.push(make(holding, listTotal === holding));
    else if (listTotal) out.relations.push(make(listTotal, false));
    else if (candidates[0] && candidates[0].sentence === part.sentence)
      out.relations.push(make(candidates[0], false));
    else
      out.unverifiable.push({
        ruleId,
        target: pct,
        missing: { zh: `“${label}”所占的总额`, en: `the total that “${label}” is a share of` },
      });
    ctx.log.debug(
      { share: pct.raw, part: part.raw, candidates: candidates.map((c) => c.raw), holding: holding?.raw },
      "share binding",
    );
  }
  return out;
};

/** Plans named by a bare word: the part's own plan (完成预算的…, 为计划的…, 达到目标的…). */
const OWN_PLAN = /^(?:年初|全年|调整后|年度)?(?:预算|计划|目标|预算数|计划数|目标值)$/;

/**
 * A figure followed by its own share (`一般公共服务支出2,456.37万元，占84.99%；…`) is a part of a
 * list, a sibling of the parts after it — never their total.
 */
function hasOwnShare(ctx: Context, f: ExtractedFigure): boolean {
  return /^\s*[，,]?\s*(?:占|所占)/.test(ctx.norm.slice(f.span.end, f.span.end + 6));
}

function compatible(f: ExtractedFigure, part: ExtractedFigure): boolean {
  return !f.approx && sameFamily(f, part);
}

/** The amount a share is of: the last non-percentage figure before 占, at the sentence's own depth. */
function partBefore(
  ctx: Context,
  sentenceFigs: readonly ExtractedFigure[],
  markerAt: number,
): ExtractedFigure | null {
  const depth = ctx.depth[markerAt] ?? 0;
  for (let k = sentenceFigs.length - 1; k >= 0; k--) {
    const f = sentenceFigs[k]!;
    if (f.span.end > markerAt) continue;
    if (f.kind === "percent" || f.kind === "points") return null;
    if ((ctx.depth[f.span.start] ?? 0) > depth) continue;
    if (f.approx || f.kind === "plain") return null;
    const gap = ctx.norm.slice(f.span.end, markerAt);
    if ((gap.match(/[，,；;]/g) ?? []).length > 1 && !/\)/.test(gap)) return null;
    return f;
  }
  return null;
}

/** The total named after 占: the best match, nearest before the share first, then after it. */
function namedTotal(
  ctx: Context,
  name: string,
  part: ExtractedFigure,
  pct: ExtractedFigure,
  paragraph: number | null,
): ExtractedFigure | null {
  // A total is named within a few pages of its share: bound the search for long texts.
  const window = 8000;
  const lo = firstFigureAt(ctx, pct.span.start - window);
  const hi = firstFigureAt(ctx, pct.span.end + window);
  const usable = ctx.figures
    .slice(lo, hi)
    .filter(
      (f) =>
        f !== part && f !== pct && compatible(f, part) && (paragraph === null || f.paragraph === paragraph),
    );
  const before = usable.filter((f) => f.span.start < pct.span.start).reverse();
  const after = usable.filter((f) => f.span.start > pct.span.start);
  return bestLabelMatch(ctx, name, [...before, ...after]);
}
