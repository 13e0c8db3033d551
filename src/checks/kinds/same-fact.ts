/**
 * One fact, two values (design.md §1): the same quantity stated in two places must agree.
 *
 * - `sameCount`: a count of the department's own structure stated twice — `机关设14个内设机构` and
 *   `设有15个内设机构`, `我局内设科室19个` and `内设科室18个`. Only counts in a plain statement of
 *   what the department has (设 / 设有 / 下设 / 共有 … or `我局内设科室19个`) are paired, by the exact
 *   noun they count; never the total or a part of a breakdown (其中), never two statements dated
 *   differently (2019年末 / 2020年末, 年初 / 年末) — an undated one pairs with a dated one.
 * - `unitPair`: an amount written in 元 in one place and in 万元 (or 亿元) in another under the same
 *   label must differ by exactly the unit (11108222.47元 and 1110.82万元 agree). A pair is recorded
 *   when it agrees, and flagged only where one typing slip (a digit dropped or doubled …) explains
 *   the difference — two amounts that are far apart under one label are two different facts.
 *
 * Same-fact relations are inferred, so a discrepancy is a warning.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import type { Hint } from "../../types.js";
import { type Context, core } from "../context.js";
import { D } from "../decimal.js";
import { bin, decimalsOf, fig } from "../expr.js";
import { findHint } from "../hint.js";
import { check, type Relation } from "../relation.js";
import { clauseStart, LOOK_BACK, nestDepth, SELF, sameTime, timeWords } from "./consistency-util.js";
import { nounAfter, nounBefore } from "./count.js";
import { empty, type KindFn } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Counts stated twice

/** What a plain statement of the department's structure says before the count: 机关设, 设有, 共有. */
const STATIVE = /^(?:设有|设置|设立|下设|内设|共设|共有|现有|拥有|核定|有|设)$/;
/** Nouns that say what changed or what was done, not what the department has. */
const NOT_STATE =
  /新增|增加|减少|撤销|合并|完成|开工|竣工|引进|培育|认定|评为|获得|实现|达到|超过|属于|其中|包括|中$|累计|涉及|参加|参与|组织|开展|支持|奖励|补助/;
const PEOPLE = /^(?:名|人)$/;

interface Stated {
  readonly f: ExtractedFigure;
  /** The noun counted and the counter's family: 内设机构|个. */
  readonly key: string;
  readonly noun: string;
  readonly time: string[];
}

export const sameCount: KindFn = (ctx, ruleId) => {
  const out = empty();
  const byKey = new Map<string, Stated[]>();
  for (const f of ctx.figures) {
    const s = statedCount(ctx, f);
    if (!s) continue;
    const list = byKey.get(s.key) ?? [];
    list.push(s);
    byKey.set(s.key, list);
  }
  for (const list of byKey.values()) {
    if (list.length > MAX_GROUP) continue;
    for (let i = 1; i < list.length; i++) {
      const later = list[i]!;
      // The nearest earlier statement of a compatible date.
      const earlier = list
        .slice(0, i)
        .reverse()
        .find((e) => compatibleTime(e.time, later.time));
      if (!earlier) continue;
      out.relations.push({
        ruleId,
        // Counts are exact: neither rounded nor truncated, and which of the two is wrong is
        // unknown, so no typing slip is suggested (decimals −1 says both).
        target: { ...later.f, decimals: -1 },
        variants: [{ name: "same fact", expr: fig({ ...earlier.f, decimals: -1 }, "stated before") }],
        compare: "eq",
        explicit: false,
        exactInputs: false,
        messageId: "sameCount",
        data: { label: later.noun, other: earlier.f.raw, context: contextOf(ctx, earlier.f) },
        direction: 1,
      });
    }
  }
  return out;
};

/** Two statements of one time: the same dates, or one of them undated. */
function compatibleTime(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || sameTime(a, b);
}

/** Staff establishment (编制) is specific even in two characters. */
const SHORT_NOUN = /^(?:\p{Script=Han}{0,4}编制数?|实有人数|在职人数)$/u;

/** A count in a plain statement of what the department has, with the noun it counts. */
function statedCount(ctx: Context, f: ExtractedFigure): Stated | null {
  if (f.kind !== "count" || f.approx || f.decimals > 0 || f.scale.gt(1)) return null;
  if (/^(?:年|天|次|人次|批次|期)$/.test(f.unit)) return null;
  // The total or a part of a breakdown (编制91名，其中：行政编制61名): its scope is the breakdown's.
  const sentence = ctx.norm.slice(lookBackFrom(ctx, f), f.numberSpan.start);
  if (/其中|含|包括|包含|分别/.test(sentence) || (nestDepth(ctx)[f.span.start] ?? 0) > 0) return null;
  if (/^\s*[，,：:;；]?\s*(?:其中|\()/.test(ctx.norm.slice(f.span.end, f.span.end + 5))) return null;
  const start = clauseStart(ctx, f.numberSpan.start);
  const before = ctx.norm.slice(start, f.numberSpan.start).trim().replace(SELF, "");
  const unit = PEOPLE.test(f.unit) ? "人" : f.unit;
  const time = timeWords(ctx, lookBackFrom(ctx, f), f.span.start);
  // 设有15个内设机构，…
  const after = nounAfter(ctx, f);
  if (after.length >= 2 && STATIVE.test(before)) {
    if (NOT_STATE.test(after)) return null;
    return { f, key: `${after}|${unit}`, noun: after, time };
  }
  // 我局内设科室19个，… — the clause is the noun and the count, nothing else.
  const rest = ctx.norm.slice(f.span.end, f.span.end + 1);
  if (after === "" && /^[，,。；;]?$/.test(rest)) {
    const noun = nounBefore(f);
    const clause = before.replace(/(?:共计|共有|共|有|计|为|是|达)$/, "");
    if ((noun.length < 3 && !SHORT_NOUN.test(noun)) || noun.length > 10) return null;
    if (/\d/.test(noun) || NOT_STATE.test(noun)) return null;
    if (!clause.endsWith(noun) || clause.length - noun.length > 4) return null;
    // 上云企业中，属于…企业有186家: a scope set by the clause before.
    const prevEnd = start - 1;
    if (prevEnd > 0 && /中$/.test(ctx.norm.slice(Math.max(0, prevEnd - 4), prevEnd))) return null;
    return { f, key: `${noun}|${unit}`, noun, time };
  }
  return null;
}

/** Where the sentence holding a figure starts, read back at most LOOK_BACK characters. */
function lookBackFrom(ctx: Context, f: ExtractedFigure): number {
  return Math.max(ctx.a.segments.sentences[f.sentence]?.start ?? 0, f.numberSpan.start - LOOK_BACK);
}

/** A label or noun stated this often is no specific fact: its group is not paired. */
const MAX_GROUP = 30;

/** The words around a figure, for the message: 机关设14个内设机构. */
function contextOf(ctx: Context, f: ExtractedFigure): string {
  const start = clauseStart(ctx, f.numberSpan.start);
  let end = f.span.end;
  while (end < ctx.norm.length && end - f.span.end < 12 && !/[，,。；;：:(\n]/.test(ctx.norm[end]!)) end++;
  return ctx.a.text.slice(start, end).trim();
}

// ---------------------------------------------------------------------------------------------
// One amount in 元 and in 万元

/** Labels that state a change or a ratio, not an amount that can be restated. */
const NOT_AN_AMOUNT = /同比|比上年|较上年|上年|增加|减少|增长|下降|提高|降低|占|差|较|比/;

export const unitPair: KindFn = (ctx, ruleId) => {
  const out = empty();
  const groups = new Map<string, ExtractedFigure[]>();
  for (const f of ctx.figures) {
    if (f.kind !== "money" || f.approx || f.unitInherited) continue;
    const key = core(f.label).replace(/^年度?/, ""); // 2023 年一般公共预算… → 一般公共预算…
    if (key.length < 3 || NOT_AN_AMOUNT.test(key)) continue;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  for (const [key, list] of groups) {
    const scales = new Set(list.map((f) => f.scale.toFixed()));
    if (scales.size < 2 || list.length > MAX_GROUP) continue;
    const agreeing = new Set<number>();
    const flagged: { rel: Relation; fine: ExtractedFigure }[] = [];
    for (const coarse of list) {
      for (const fine of list) {
        if (!fine.scale.lt(coarse.scale)) continue;
        if (!compatibleTime(timeOf(ctx, coarse), timeOf(ctx, fine))) continue;
        const rel = pairRelation(ruleId, key, coarse, fine);
        const status = check(rel).status;
        if (status === "consistent" || status === "truncated") {
          agreeing.add(coarse.id).add(fine.id);
          out.relations.push(rel);
        } else if (status === "inconsistent" && lookAlike(coarse, fine)) {
          const flag = slipRelation(rel, restatedRelation(ruleId, key, coarse, fine));
          if (flag) flagged.push({ rel: flag, fine });
        }
      }
    }
    // A figure that agrees with one restatement is not flagged against another of the same label.
    for (const { rel, fine } of flagged)
      if (!agreeing.has(rel.target.id) && !agreeing.has(fine.id)) out.relations.push(rel);
  }
  return out;
};

/** Significant digits as written: 1110.82 → 111082, 0.0507 → 507. */
function significant(f: ExtractedFigure): string {
  return f.digits.replace(/[-.]/g, "").replace(/^0+/, "");
}

/**
 * Two amounts a typing slip can turn into each other look alike: four significant digits or more
 * each, and the same first three (11108222.47 and 1110.82; not 0 and 1, not 418.30 and 448.30).
 */
function lookAlike(a: ExtractedFigure, b: ExtractedFigure): boolean {
  const x = significant(a);
  const y = significant(b);
  return x.length >= 4 && y.length >= 4 && x.slice(0, 3) === y.slice(0, 3);
}

/**
 * The pair as a finding, when one typing slip explains it. The engine names the stated figure's
 * slip first; where that slip changes the written precision (1110.82万元 → 111.082) and one in the
 * other figure keeps it (1110822.47元 → 11108222.47, a digit doubled), the other figure is stated.
 */
function slipRelation(asCoarse: Relation, asFine: Relation): Relation | null {
  const keeps = (h: Hint | null) => h !== null && decimalsOf(h.probably) === decimalsOf(h.written);
  // The finding points at the figure its hint fixes.
  const own = (h: Hint | null, r: Relation) => keeps(h) && h!.span.start === r.target.numberSpan.start;
  const a = findHint(asCoarse);
  if (own(a, asCoarse)) return asCoarse;
  const b = findHint(asFine);
  if (own(b, asFine)) return asFine;
  if (keeps(a)) return asCoarse;
  if (keeps(b)) return asFine;
  return a ? asCoarse : b ? asFine : null;
}

/** fine = coarse × the unit ratio, compared in the coarse figure's unit: 1110822.47元 against 1110.82 × 10000. */
function restatedRelation(
  ruleId: string,
  key: string,
  coarse: ExtractedFigure,
  fine: ExtractedFigure,
): Relation {
  const ratio = coarse.scale.div(fine.scale);
  return {
    ruleId,
    target: fine,
    variants: [{ name: "unit", expr: bin("*", fig(coarse, "restated"), { t: "const", v: new D(ratio) }) }],
    compare: "eq",
    explicit: false,
    exactInputs: false,
    messageId: "unitPair",
    data: { label: key, other: coarse.raw },
    direction: 1,
    targetScale: coarse.scale,
  };
}

/** coarse = fine ÷ the unit ratio, compared in the fine figure's unit: 1110.82万元 = 11108222.47 ÷ 10000. */
function pairRelation(ruleId: string, key: string, coarse: ExtractedFigure, fine: ExtractedFigure): Relation {
  const ratio = coarse.scale.div(fine.scale);
  return {
    ruleId,
    target: coarse,
    variants: [{ name: "unit", expr: bin("/", fig(fine, "restated"), { t: "const", v: new D(ratio) }) }],
    compare: "eq",
    explicit: false,
    exactInputs: false,
    messageId: "unitPair",
    data: { label: key, other: fine.raw },
    direction: 1,
    targetScale: fine.scale,
  };
}

function timeOf(ctx: Context, f: ExtractedFigure): string[] {
  return timeWords(ctx, lookBackFrom(ctx, f), f.span.start).filter((t) => /\d/.test(t));
}
