/**
 * Named rates of the indicator catalog (资金使用率, 预算执行率, 控制率 …): the rate is found by its
 * label, its inputs by theirs — in the same sentence first, then earlier in the paragraph — and the
 * rule's formula and variants are evaluated over them. A rate whose inputs the text does not state
 * is unverifiable: listed, not flagged.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import type { NamedRateOptions } from "../../rules/define.js";
import { type Context, clauseLabel, labelMatches, sameFamily } from "../context.js";
import { D } from "../decimal.js";
import { type Expr, figuresOf, parseFormula } from "../expr.js";
import type { Relation, Variant } from "../relation.js";
import { empty, type KindFn } from "./types.js";

interface Compiled {
  names: RegExp[];
  context: RegExp | null;
  inputs: { role: string; labels: RegExp[]; exclude: RegExp[] }[];
}

const cache = new WeakMap<NamedRateOptions, Compiled>();

function compile(o: NamedRateOptions): Compiled {
  let c = cache.get(o);
  if (!c) {
    c = {
      names: o.names.map((s) => new RegExp(s, "u")),
      context: o.context ? new RegExp(o.context, "u") : null,
      inputs: Object.entries(o.inputs).map(([role, spec]) => ({
        role,
        labels: spec.labels.map((s) => new RegExp(s, "u")),
        exclude: spec.exclude.map((s) => new RegExp(s, "u")),
      })),
    };
    cache.set(o, c);
  }
  return c;
}

export const namedRate: KindFn<NamedRateOptions> = (ctx, ruleId, options, claimed) => {
  const out = empty();
  const c = compile(options);
  for (const rate of ctx.figures) {
    const wanted =
      options.target === "amount" ? rate.kind === "money" || rate.kind === "count" : rate.kind === "percent";
    if (!wanted || rate.approx || claimed.has(rate.id)) continue;
    const clause = clauseLabel(ctx, rate);
    if (!c.names.some((re) => re.test(rate.label) || re.test(clause))) continue;
    const para = ctx.a.segments.paragraphs[rate.paragraph];
    if (c.context && !c.context.test(ctx.norm.slice(para?.start ?? 0, rate.span.start))) continue;
    const bound = bindInputs(ctx, c, rate, options.target === "amount");
    const variants: Variant[] = [];
    for (const v of options.variants) {
      const parsed = parseFormula(v.formula, (name) => {
        const f = bound.get(name);
        return f ? { t: "fig", fig: f, role: name } : null;
      });
      if (parsed.ok)
        variants.push({ name: v.name.zh, expr: zeroOverZero(parsed.expr, options.zeroOverZero) });
    }
    // An amount whose parts the text does not break down states no relation; a rate does.
    if (variants.length === 0 && options.target === "amount") continue;
    if (variants.length === 0) {
      const first = options.variants[0]!.formula;
      const missing = Object.entries(options.inputs).filter(
        ([role]) => new RegExp(`\\b${role}\\b`).test(first) && !bound.has(role),
      );
      out.unverifiable.push({
        ruleId,
        target: rate,
        missing: {
          zh: missing.map(([, s]) => s.name.zh).join("、") + "（计算" + rate.label + "所需）",
          en: missing.map(([, s]) => s.name.en).join(", ") + ` (needed for ${rate.label})`,
        },
      });
      continue;
    }
    ctx.log.debug(
      { rule: ruleId, rate: rate.raw, inputs: Object.fromEntries([...bound].map(([k, f]) => [k, f.raw])) },
      "named rate bound",
    );
    const rel: Relation = {
      ruleId,
      target: rate,
      variants,
      compare: "eq",
      explicit: false,
      exactInputs: false,
      messageId: "rate",
      data: { name: rate.label },
      direction: 1,
      namedVariants: true,
    };
    out.relations.push(rel);
  }
  return out;
};

/**
 * Each input: the nearest figure whose label matches — earlier in the same sentence first, then
 * earlier in the paragraph; for an amount (an identity), its parts may also follow it.
 */
function bindInputs(
  ctx: Context,
  c: Compiled,
  stated: ExtractedFigure,
  after: boolean,
): Map<string, ExtractedFigure> {
  const bound = new Map<string, ExtractedFigure>();
  const used = new Set<number>([stated.id]);
  const sentence = ctx.bySentence[stated.sentence] ?? [];
  const paragraph = (ctx.byParagraph[stated.paragraph] ?? []).filter((f) => f.sentence !== stated.sentence);
  const before = (xs: readonly ExtractedFigure[]) =>
    xs.filter((f) => f.span.end <= stated.span.start).reverse();
  const later = (xs: readonly ExtractedFigure[]) => xs.filter((f) => f.span.start >= stated.span.end);
  // …其中：基本支出预算2,210.00万元，执行2,206.35万元，执行率99.83%；项目支出…: the item the rate
  // closes (since the last semicolon) first, then the sentence.
  const semi = Math.max(
    ctx.norm.lastIndexOf("；", stated.span.start),
    ctx.norm.lastIndexOf(";", stated.span.start),
  );
  const item = semi >= 0 ? before(sentence).filter((f) => f.span.start > semi) : [];
  const scopes = after
    ? [item, before(sentence), later(sentence), before(paragraph), later(paragraph)]
    : [item, before(sentence), before(paragraph)];
  for (const input of c.inputs) {
    for (const scope of scopes) {
      const hit = scope.find(
        (f) =>
          !used.has(f.id) &&
          usable(f) &&
          (stated.kind === "percent" || sameFamily(f, stated)) &&
          labelMatches(ctx, f, input.labels, input.exclude),
      );
      if (hit) {
        bound.set(input.role, hit);
        used.add(hit.id);
        break;
      }
    }
  }
  // All inputs of one rate are quantities of one kind.
  const kinds = [...bound.values()];
  for (const [role, f] of bound) if (!kinds.every((g) => g === f || sameFamily(f, g))) bound.delete(role);
  return bound;
}

function usable(f: ExtractedFigure): boolean {
  return !f.approx && f.kind !== "percent" && f.kind !== "points" && f.kind !== "score" && f.kind !== "plain";
}

/** 0 ÷ 0 written as the convention says (100 % for 控制率): a constant when both sides are zero. */
function zeroOverZero(e: Expr, value: number | undefined): Expr {
  if (value === undefined || e.t !== "bin" || e.op !== "/") return e;
  const figs = figuresOf(e);
  if (figs.length === 2 && figs.every((x) => x.fig.value.isZero()))
    return { t: "conv", v: new D(value), a: e };
  return e;
}
