/**
 * The engine: runs each rule's check kind over the text, evaluates the relations, and grades
 * the outcomes into findings (design.md §4) and check records (design.md §5).
 */
import type { Analysis, ExtractedFigure } from "../extract/index.js";
import type { Rule } from "../rules/define.js";
import type { CheckRecord, Finding, RelatedSpan, Severity } from "../types.js";
import { type BindingLog, baseValue, type Context, makeContext } from "./context.js";
import { D, fixed } from "./decimal.js";
import { evaluate, figuresOf } from "./expr.js";
import { findHint } from "./hint.js";
import { balance } from "./kinds/balance.js";
import { change } from "./kinds/change.js";
import { enumeration, respectively } from "./kinds/count.js";
import { formulaChain } from "./kinds/formula-chain.js";
import { namedRate } from "./kinds/named-rate.js";
import { order } from "./kinds/order.js";
import { parts } from "./kinds/parts.js";
import { areaUnit, moneyMagnitude } from "./kinds/plausibility.js";
import { points } from "./kinds/points.js";
import { reportYearKind } from "./kinds/report-year.js";
import { sameCount, unitPair } from "./kinds/same-fact.js";
import { scoreGrade } from "./kinds/score-grade.js";
import { scoreMax } from "./kinds/score-max.js";
import { scoreRate } from "./kinds/score-rate.js";
import { scoreSum } from "./kinds/score-sum.js";
import { share } from "./kinds/share.js";
import { tableProse } from "./kinds/table-prose.js";
import { tableRemark } from "./kinds/table-remark.js";
import { tableRow } from "./kinds/table-row.js";
import { tableTotal } from "./kinds/table-total.js";
import { tableUnread } from "./kinds/table-unread.js";
import type { KindFn, KindOutput } from "./kinds/types.js";
import {
  check,
  expectedValue,
  formulaText,
  type Outcome,
  type Relation,
  statedInterval,
} from "./relation.js";

export interface EngineResult {
  readonly findings: Finding[];
  readonly checks: CheckRecord[];
}

/** The check kinds: each binds figures into relations for the rules that use it. */
const KINDS = {
  "formula-chain": formulaChain,
  parts,
  share,
  change,
  points,
  balance,
  enumeration,
  respectively,
  "same-count": sameCount,
  "unit-pair": unitPair,
  "report-year": reportYearKind,
  "area-unit": areaUnit,
  "money-magnitude": moneyMagnitude,
  order,
  "table-total": tableTotal,
  "table-row": tableRow,
  "table-remark": tableRemark,
  "table-prose": tableProse,
  "score-max": scoreMax,
  "score-sum": scoreSum,
  "score-grade": scoreGrade,
  "score-rate": scoreRate,
  "table-unread": tableUnread,
} satisfies Record<Exclude<Rule["check"]["kind"], "named-rate">, KindFn>;

export function runKind(rule: Rule, ctx: Context, claimed: ReadonlySet<number>): KindOutput {
  const c = rule.check;
  if (c.kind === "named-rate") return namedRate(ctx, rule.meta.id, c.options, claimed);
  if (c.kind === "score-grade") return scoreGrade(ctx, rule.meta.id, c.options, claimed);
  return KINDS[c.kind](ctx, rule.meta.id, undefined, claimed);
}

export function runRules(a: Analysis, rules: readonly Rule[], log?: BindingLog): EngineResult {
  const ctx = makeContext(a, log);
  const claimed = new Set<number>();
  const findings: Finding[] = [];
  const checks: CheckRecord[] = [];
  for (const rule of rules) {
    const out = runKind(rule, ctx, claimed);
    const seen = new Set<string>();
    for (const r of out.relations) {
      const key = `${r.target.id}:${r.variants.map((v) => formulaText(r, v)).join("|")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const o = check(r);
      ctx.log.debug(
        { rule: r.ruleId, target: r.target.raw, status: o.status, formula: formulaText(r, o.variant) },
        "relation",
      );
      checks.push(record(o));
      const f = grade(o);
      if (f) findings.push(o.relation.note ? { ...f, severity: "info", gross: false } : f);
    }
    for (const n of out.notes ?? [])
      findings.push({
        ...n,
        severity: "info",
        gross: false,
        related: [],
        stated: null,
        expected: null,
        formula: null,
        hint: null,
      });
    for (const r of out.relations) claimed.add(r.target.id);
    for (const u of out.unverifiable) {
      if (claimed.has(u.target.id)) continue;
      checks.push({
        ruleId: u.ruleId,
        status: "unverifiable",
        span: u.target.span,
        related: [],
        formula: null,
        variant: null,
      });
      claimed.add(u.target.id);
    }
  }
  return { findings, checks };
}

function related(o: Outcome): RelatedSpan[] {
  return figuresOf(o.variant.expr)
    .filter((x) => x.fig.id !== o.relation.target.id)
    .map((x) => ({ start: x.fig.span.start, end: x.fig.span.end, role: x.role }));
}

function record(o: Outcome): CheckRecord {
  return {
    ruleId: o.relation.ruleId,
    status: o.status === "truncated" ? "consistent" : o.status,
    span: o.relation.target.span,
    related: related(o),
    formula: formulaText(o.relation, o.variant),
    variant: o.relation.namedVariants ? o.variant.name : null,
  };
}

function display(f: ExtractedFigure, digits: string | null): string {
  if (digits === null) return "";
  const unit = f.kind === "plain" || f.unitInherited ? (f.unitInherited ? f.unit : "") : f.unit;
  return digits + unit;
}

function severityOf(o: Outcome, messageId: string, hint: boolean): Severity {
  if (o.gross) return "error";
  const r = o.relation;
  if (!r.explicit) return "warning";
  // An explicit breakdown whose parts fall short of the total may simply list the main items.
  if (messageId === "partsShort" && !hint) return "warning";
  return "error";
}

/** A named rate that holds only by one of its variants says which (info). */
function variantNote(o: Outcome): Finding | null {
  const r = o.relation;
  if (!r.namedVariants || o.variantIndex === 0) return null;
  const formula = formulaText(r, o.variant);
  return {
    ruleId: r.ruleId,
    messageId: "variant",
    data: {
      ...r.data,
      stated: r.target.raw,
      variant: o.variant.name,
      formula,
      standard: r.variants[0]!.name,
    },
    severity: "info",
    gross: false,
    span: r.target.span,
    related: related(o),
    stated: r.target.raw,
    expected: display(r.target, o.expected),
    formula,
    hint: null,
  };
}

/** For a rate a ÷ b that does not hold: the denominator the stated value would need (a ÷ stated). */
function impliedDenominator(o: Outcome): string | null {
  const e = o.variant.expr;
  if (!o.relation.namedVariants || e.t !== "bin" || e.op !== "/") return null;
  const num = evaluate(e.a, { mode: "exact" });
  const den = e.b.t === "fig" ? e.b.fig : null;
  const stated = baseValue(o.relation.target);
  if (!num || !den || stated.isZero()) return null;
  const v = num.lo.div(stated).div(den.scale);
  const digits = fixed(v, Math.max(den.decimals, 0));
  // A rate off by rounding alone implies the denominator as written: nothing to tell.
  if (new D(digits).eq(den.value)) return null;
  return digits + (den.kind === "plain" ? "" : den.unit);
}

function grade(o: Outcome): Finding | null {
  const r = o.relation;
  if (o.status === "consistent") return variantNote(o);
  if (o.status === "unverifiable") return null;
  const stated = r.target.raw;
  const formula = formulaText(r, o.variant);
  if (o.status === "truncated") {
    const exact = expectedValue(r, o.variant.expr);
    return {
      ruleId: r.ruleId,
      messageId: "truncated",
      data: {
        ...r.data,
        stated,
        exact: exact ? display(r.target, fixed(exact, Math.max(r.target.decimals, 0) + 2)) : "",
        expected: display(r.target, o.expected),
        formula,
      },
      severity: "info",
      gross: false,
      span: r.target.span,
      related: related(o),
      stated,
      expected: display(r.target, o.expected),
      formula,
      hint: null,
    };
  }
  const hint = findHint(r);
  const expected = display(r.target, o.expected);
  // Parts that fall short of their total: maybe only the main items are listed.
  const short =
    r.messageId === "partsSum" &&
    o.computed !== null &&
    o.computed.hi.lt(statedInterval(r, { mode: "interval" }).lo);
  const implied = impliedDenominator(o);
  const messageId = short ? "partsShort" : implied && r.messageId === "rate" ? "rateImplied" : r.messageId;
  return {
    ruleId: r.ruleId,
    messageId,
    data: { ...r.data, stated, expected, formula, variant: o.variant.name, ...(implied ? { implied } : {}) },
    severity: severityOf(o, messageId, hint !== null),
    gross: o.gross,
    span: r.target.span,
    related: related(o),
    stated,
    expected,
    formula,
    hint,
  };
}

export type { Relation };
