/**
 * Named rates of the indicator catalog (资金使用率, 预算执行率, 控制率 …): the rate is found by its
 * label, its inputs by theirs — in the same sentence first, then earlier in the paragraph — and the
 * rule's formula and variants are evaluated over them. A rate whose inputs the text does not state
 * is unverifiable: listed, not flagged.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import type { NamedRateOptions } from "../../rules/define.js";
import { type Context, labelMatches, moneyLike, sameFamily } from "../context.js";
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
    if (rate.kind !== "percent" || rate.approx || claimed.has(rate.id)) continue;
    if (!c.names.some((re) => re.test(rate.label))) continue;
    const para = ctx.a.segments.paragraphs[rate.paragraph];
    if (c.context && !c.context.test(ctx.norm.slice(para?.start ?? 0, rate.span.start))) continue;
    const bound = bindInputs(ctx, c, rate);
    const variants: Variant[] = [];
    for (const v of options.variants) {
      const parsed = parseFormula(v.formula, (name) => {
        const f = bound.get(name);
        return f ? { t: "fig", fig: f, role: name } : null;
      });
      if (parsed.ok)
        variants.push({ name: v.name.zh, expr: zeroOverZero(parsed.expr, options.zeroOverZero) });
    }
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

/** Each input: the nearest earlier figure whose label matches, same sentence first, then paragraph. */
function bindInputs(ctx: Context, c: Compiled, rate: ExtractedFigure): Map<string, ExtractedFigure> {
  const bound = new Map<string, ExtractedFigure>();
  const used = new Set<number>();
  const sentence = (ctx.bySentence[rate.sentence] ?? []).filter((f) => f.span.end <= rate.span.start);
  const paragraph = (ctx.byParagraph[rate.paragraph] ?? []).filter(
    (f) => f.span.end <= rate.span.start && f.sentence !== rate.sentence,
  );
  for (const input of c.inputs) {
    for (const scope of [sentence, paragraph]) {
      const hit = [...scope]
        .reverse()
        .find(
          (f) =>
            !used.has(f.id) && usable(ctx, f, scope) && labelMatches(ctx, f, input.labels, input.exclude),
        );
      if (hit) {
        bound.set(input.role, hit);
        used.add(hit.id);
        break;
      }
    }
  }
  // All inputs of one rate are amounts of one kind.
  const kinds = [...bound.values()];
  for (const [role, f] of bound)
    if (!kinds.every((g) => g === f || sameFamily(f, g) || (moneyLike(f, ctx) && moneyLike(g, ctx))))
      bound.delete(role);
  return bound;
}

function usable(ctx: Context, f: ExtractedFigure, _scope: readonly ExtractedFigure[]): boolean {
  if (f.approx || f.kind === "percent" || f.kind === "points" || f.kind === "score") return false;
  return f.kind !== "plain" || moneyLike(f, ctx);
}

/** 0 ÷ 0 written as the convention says (100 % for 控制率): a constant when both sides are zero. */
function zeroOverZero(e: Expr, value: number | undefined): Expr {
  if (value === undefined || e.t !== "bin" || e.op !== "/") return e;
  const figs = figuresOf(e);
  if (figs.length === 2 && figs.every((x) => x.fig.value.isZero()))
    return { t: "conv", v: new D(value), a: e };
  return e;
}
