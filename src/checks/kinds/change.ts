/**
 * Change against a previous period, stated in one sentence:
 * `本期C，比上年O增加Δ，增长R%` / `C…同比减少Δ，下降R%`. Checks Δ = C − O and R = (C − O) ÷ O,
 * with the sign the words give (增加/增长 +, 减少/下降 −).
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { indexAt } from "../../extract/segment.js";
import { bestLabelMatch, type Context, sameFamily } from "../context.js";
import { ZERO } from "../decimal.js";
import { bin, type Expr, fig, paren } from "../expr.js";
import type { Relation } from "../relation.js";
import { empty, type KindFn } from "./types.js";

/** 比上年 / 较上年同期 / 同比 / 比年初预算 / 比上年累计支出: the comparison and what is compared with. */
const COMPARE =
  /(?:同比|与上年相比|(?:比|较)\s?(?<name>上年同期|上年|去年|[12]\d{3}\s?年度?|[^，,；;。\d比较]{2,10}?(?=增加|减少|增长|下降|上升|降低|提高|多|少|\s*\d)))/g;
const DIFF_WORD = /(?:差值|差额|相差|差异)(?:为|是)?\s*$/;
const UP = /增加|增长|上升|提高|增收|增多|多/;
const DIRECTION =
  /(增加|减少|增长|下降|上升|降低|提高|增收|减收|增多|减少了|回落|增幅|降幅|多|少)了?(?:幅度|率)?(?:为|达到?|约)?\s*$/;

export const change: KindFn = (ctx, ruleId, _o, claimed) => {
  const out = empty();
  COMPARE.lastIndex = 0;
  for (let m = COMPARE.exec(ctx.norm); m; m = COMPARE.exec(ctx.norm)) {
    const at = m.index;
    const end = at + m[0].length;
    const sentenceFigs = ctx.bySentence[indexAt(ctx.a.segments.sentences, at)] ?? [];
    const before = sentenceFigs.filter((f) => f.span.end <= at);
    const after = sentenceFigs.filter((f) => f.span.start >= end);
    // Stop at the next comparison in the sentence.
    const sentenceEnd =
      ctx.a.segments.sentences[indexAt(ctx.a.segments.sentences, at)]?.end ?? ctx.norm.length;
    const nextCompare = ctx.norm.slice(end, sentenceEnd).search(/比上年|较上年|同比|；|;/);
    const limit = nextCompare < 0 ? Number.POSITIVE_INFINITY : end + nextCompare;
    let old: ExtractedFigure | null = null;
    let diff: { f: ExtractedFigure; dir: 1 | -1 } | null = null;
    let rate: { f: ExtractedFigure; dir: 1 | -1 } | null = null;
    let cursor = end;
    for (const f of after) {
      if (f.span.start >= limit) break;
      // Spaces carry no meaning between Chinese words; a PDF line wrap leaves one inside 增加.
      const gap = ctx.norm.slice(cursor, f.numberSpan.start).replace(/\s+/g, "");
      if (
        !old &&
        !diff &&
        !rate &&
        /^[^，,；;。]*$/.test(gap) &&
        !DIRECTION.test(gap) &&
        f.kind !== "percent" &&
        f.kind !== "points"
      ) {
        old = f;
        cursor = f.span.end;
        continue;
      }
      const d = DIRECTION.exec(gap);
      if (!d || /[。]/.test(gap)) break;
      const dir: 1 | -1 = UP.test(d[1]!) || d[1] === "增幅" ? 1 : -1;
      if (f.kind === "percent" && !rate) rate = { f, dir };
      else if (f.kind !== "percent" && f.kind !== "points" && !diff) diff = { f, dir };
      else break;
      cursor = f.span.end;
    }
    // 比年初预算增加758.97万元: what is compared with is named, stated earlier in the sentence.
    const name = m.groups?.name ?? "";
    if (!old && name && !/^(?:上年同期|上年|去年|[12]\d{3}\s?年度?)$/.test(name)) {
      const cand = bestLabelMatch(
        ctx,
        name,
        [...before].reverse().filter((f) => !f.approx),
      );
      if (cand && (!diff || sameFamily(cand, diff.f))) old = cand;
    }
    const ref = diff?.f ?? old;
    if (!ref) continue;
    // 收入:792.22万元。同比上年度增加189.25万元 — the comparison opens the sentence: the amount
    // compared is the last one of the sentence before, in the same paragraph.
    const sIdx = indexAt(ctx.a.segments.sentences, at);
    const opens =
      before.length === 0 &&
      sIdx > 0 &&
      /^[\s(（]*$/.test(ctx.norm.slice(ctx.a.segments.sentences[sIdx]!.start, at));
    const pool = opens ? previousFigures(ctx, sIdx) : before;
    const current = [...pool].reverse().find((f) => f !== old && !f.approx && sameFamily(f, ref));
    const label = current?.label || ref.label || "";
    const rel = (target: ExtractedFigure, dir: 1 | -1, expr: Expr, messageId: string): Relation => ({
      ruleId,
      target,
      variants: [{ name: messageId, expr }],
      compare: "eq",
      explicit: true,
      exactInputs: false,
      messageId,
      data: { label },
      direction: dir,
    });
    if (diff && current && old && !claimed.has(diff.f.id))
      out.relations.push(
        rel(diff.f, diff.dir, bin("-", fig(current, "current"), fig(old, "previous")), "difference"),
      );
    if (rate && !claimed.has(rate.f.id)) {
      if (diff?.f.value.isZero() && (current || old)) {
        // 增加0.00万元，增长0%: no change is a rate of 0, whatever the base (0 → 0 included).
        const base = old ? fig(old, "previous") : fig(current!, "current");
        const q = bin("/", fig(diff.f, "difference"), base);
        out.relations.push(rel(rate.f, rate.dir, { t: "conv", v: ZERO, a: q }, "rate"));
      } else if (current && old) {
        out.relations.push(
          rel(
            rate.f,
            rate.dir,
            bin("/", paren(bin("-", fig(current, "current"), fig(old, "previous"))), fig(old, "previous")),
            "rate",
          ),
        );
      } else if (old && diff) {
        const signed: Expr =
          diff.dir === 1 ? fig(diff.f, "difference") : { t: "neg", a: fig(diff.f, "difference") };
        out.relations.push(rel(rate.f, rate.dir, bin("/", signed, fig(old, "previous")), "rate"));
      } else if (current && diff) {
        // previous = current − Δ (增加) or current + Δ (减少)
        const prevExpr = paren(
          bin(diff.dir === 1 ? "-" : "+", fig(current, "current"), fig(diff.f, "difference")),
        );
        const signed: Expr =
          diff.dir === 1 ? fig(diff.f, "difference") : { t: "neg", a: fig(diff.f, "difference") };
        out.relations.push(rel(rate.f, rate.dir, bin("/", signed, prevExpr), "rate"));
      }
    }
  }
  for (const figs of ctx.bySentence) {
    for (let k = 2; k < figs.length; k++) {
      const c = figs[k]!;
      const a = figs[k - 2]!;
      const b = figs[k - 1]!;
      if (claimed.has(c.id) || c.approx || !DIFF_WORD.test(ctx.norm.slice(b.span.end, c.numberSpan.start)))
        continue;
      if (!(sameFamily(a, c) && sameFamily(b, c))) continue;
      out.relations.push({
        ruleId,
        target: c,
        variants: [
          {
            name: "|a − b|",
            expr: { t: "call", fn: "abs", args: [bin("-", fig(a, "first"), fig(b, "second"))] },
          },
        ],
        compare: "eq",
        explicit: true,
        exactInputs: false,
        messageId: "difference",
        data: { label: a.label || a.raw },
        direction: 1,
      });
    }
  }
  return out;
};

/** Sentences back to look for the amount a sentence-opening comparison is about. */
const LOOK_BACK = 2;

/**
 * The figures of the nearest sentence before `sIdx` that has any, skipping sentences without
 * figures (`7.使用非财政拨款结余0.00万元，主要是…` / `及“其他收入”不能保证…的资金。` / `较上年增加…`),
 * and never past a blank line.
 */
function previousFigures(ctx: Context, sIdx: number): readonly ExtractedFigure[] {
  const sentences = ctx.a.segments.sentences;
  for (let k = sIdx - 1; k >= Math.max(0, sIdx - LOOK_BACK); k--) {
    if (/\n\s*\n/.test(ctx.norm.slice(sentences[k]!.end, sentences[k + 1]!.start + 1))) return [];
    const figs = ctx.bySentence[k] ?? [];
    if (figs.length) return figs;
  }
  return [];
}
