/**
 * The single-typo hint (design.md §4): where changing one written number by one typing slip —
 * a digit changed, two adjacent digits swapped, a digit dropped or doubled, the decimal point
 * moved, a sign lost — makes the relation hold, say which figure and what it probably reads.
 */
import type { ExtractedFigure } from "../extract/index.js";
import type { Hint } from "../types.js";
import { D, fixed, halfUlp, type Interval } from "./decimal.js";
import { decimalsOf, evaluate, figuresOf } from "./expr.js";
import { check, expectedValue, type Relation, scaleOf } from "./relation.js";

type Slip = Hint["slip"];

/** Every string one typing slip away from `digits` (a signed decimal as written). */
export function slips(digits: string): { text: string; slip: Slip }[] {
  const out: { text: string; slip: Slip }[] = [];
  const negative = digits.startsWith("-");
  const body = negative ? digits.slice(1) : digits;
  const sign = negative ? "-" : "";
  const seen = new Set<string>([digits]);
  const push = (b: string, slip: Slip, s = sign) => {
    if (!/^\d+(\.\d+)?$/.test(b) || /^0\d/.test(b)) return;
    const t = s + b;
    if (seen.has(t)) return;
    seen.add(t);
    out.push({ text: t, slip });
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === ".") continue;
    for (let d = 0; d <= 9; d++) if (String(d) !== c) push(body.slice(0, i) + d + body.slice(i + 1), "digit");
    const n = body[i + 1];
    if (n !== undefined && n !== "." && n !== c) push(body.slice(0, i) + n + c + body.slice(i + 2), "swap");
    push(body.slice(0, i) + body.slice(i + 1), "drop");
    push(body.slice(0, i) + c + body.slice(i), "double");
  }
  const plain = body.replace(".", "");
  for (let p = 1; p < plain.length; p++) push(plain.slice(0, p) + "." + plain.slice(p), "point");
  push(plain, "point");
  push(body, "sign", negative ? "" : "-");
  return out;
}

/**
 * The hint for an inconsistent relation: the stated figure first (it is the conclusion a reader
 * takes away), then its operands; a hint is given only when the fix is unique for that figure.
 */
/** Whether a candidate stated value could overlap the computed interval (a cheap pre-filter). */
function near(r: Relation, digits: string, computed: Interval): boolean {
  const scale = scaleOf(r);
  const v = new D(digits).times(scale);
  const signed = r.direction === -1 ? v.neg() : v;
  // Ten units of the candidate's last digit: generous, yet it drops almost every candidate.
  const slack = halfUlp(Math.max(decimalsOf(digits), 0))
    .times(20)
    .times(scale);
  return signed.gte(computed.lo.minus(slack)) && signed.lte(computed.hi.plus(slack));
}

/** Relations with more operands than this get a hint on the stated figure only (a long score sum). */
const MAX_HINT_OPERANDS = 12;
/** Longer figures get no hint: the search grows with the square of the digits. */
const MAX_HINT_DIGITS = 24;

function nearest(
  r: Relation,
  fixes: { text: string; slip: Slip }[],
): { text: string; slip: Slip } | undefined {
  const exact = expectedValue(r, r.variants[0]!.expr);
  if (!exact) return undefined;
  // Only the candidate that reads exactly as the recomputation rounds at the written precision.
  const wanted = fixed(exact, Math.max(r.target.decimals, 0));
  return fixes.find((x) => x.text === wanted);
}

export function findHint(r: Relation): Hint | null {
  const seen = new Set<number>();
  const figs = [r.target, ...r.variants.flatMap((v) => figuresOf(v.expr).map((x) => x.fig))].filter((f) => {
    if (seen.has(f.id)) return false;
    seen.add(f.id);
    return true;
  });
  const fix = slipHint(r, figs);
  if (r.compare !== "eq") return toHint(fix);
  // A slip whose fix makes the relation hold exactly at the written figures (3.54 → 3.45 for a sum
  // of 18.65) explains more than one that holds only within their rounding (18.65 → 18.75 against
  // 18.74): when exactly one figure has such a fix, it is the hint. (Searched only when the slip
  // found first is not already exact: the search tries every slip of every figure.)
  if (fix && holdsExactly(r, new Map([[fix.fig.id, fix.text]]))) return toHint(fix);
  return toHint(exactlyFixed(r, figs) ?? fix);
}

/** One figure read as another written value. */
interface Fix {
  readonly fig: ExtractedFigure;
  readonly text: string;
  readonly slip: Slip;
}

function toHint(fix: Fix | null): Hint | null {
  return fix && { span: fix.fig.numberSpan, written: fix.fig.digits, probably: fix.text, slip: fix.slip };
}

/** A figure someone typed digit by digit, short enough to search its slips. */
const typable = (f: ExtractedFigure) => f.decimals >= 0 && f.digits.length <= MAX_HINT_DIGITS;

function slipHint(r: Relation, figs: readonly ExtractedFigure[]): Fix | null {
  // One evaluation per candidate: the written precision is what a slip is judged against.
  const rel: Relation = r.exactInputs ? { ...r, exactInputs: false } : r;
  const computed = r.variants.map((v) => evaluate(v.expr, { mode: "interval" }));
  // The stated figure first: it is the conclusion a reader takes away. Then the operands, but only
  // when exactly one of them can be fixed by one slip; when several can, the hint would be a guess.
  let found: Fix | null = null;
  for (const f of figs) {
    // A Chinese numeral is not typed digit by digit; nobody types a 40-digit figure.
    if (!typable(f)) continue;
    if (f !== r.target && figs.length > MAX_HINT_OPERANDS) break;
    // A "slip" that keeps the value (94.00 → 94.0) only claims another precision: no explanation.
    let candidates = slips(f.digits).filter((c) => !new D(c.text).eq(f.value));
    if (f === r.target) {
      // The stated value does not enter the computation: keep only candidates near a result.
      candidates = candidates.filter((c) => computed.some((iv) => iv !== null && near(rel, c.text, iv)));
    }
    const fixes = candidates.filter((c) => check(rel, new Map([[f.id, c.text]])).status === "consistent");
    // A slip that keeps the written precision explains more than one that changes it (99.26 →
    // 99.22 rather than 99.2).
    const samePrecision = fixes.filter((x) => decimalsOf(x.text) === f.decimals);
    let pick = samePrecision.length === 1 ? samePrecision[0] : fixes.length === 1 ? fixes[0] : undefined;
    // Wide tolerances (many whole numbers) admit several stated values: the one nearest the
    // recomputation from the written figures is what it probably should read, if it is alone.
    if (!pick && f === r.target && samePrecision.length > 1) pick = nearest(r, samePrecision);
    // A rate probably should read the quotient itself, rounded as written; another value that only
    // falls within the operands' rounding (102.18% for 326 ÷ 320 = 101.875%) is no explanation.
    // (An amount restated in another unit may differ within the coarser one's rounding: 1110.82万元
    // for 1110822.47元 — there the tolerance is the point.)
    if (
      pick &&
      f === r.target &&
      f.kind === "percent" &&
      r.compare === "eq" &&
      !holdsExactly(r, new Map([[f.id, pick.text]]))
    )
      pick = undefined;
    const hint: Fix | null = pick ? { fig: f, text: pick.text, slip: pick.slip } : null;
    if (hint && f === r.target) return hint;
    if (hint && found) return null; // two operands could each be the slip
    if (hint) found = hint;
  }
  return found;
}

/** The one figure of `figs` with a single slip that makes the relation hold exactly, if one. */
function exactlyFixed(r: Relation, figs: readonly ExtractedFigure[]): Fix | null {
  let found: Fix | null = null;
  for (const f of figs) {
    if (!typable(f)) continue;
    if (figs.length > MAX_HINT_OPERANDS) return null;
    const fixes = slips(f.digits).filter(
      (c) => decimalsOf(c.text) === f.decimals && holdsExactly(r, new Map([[f.id, c.text]])),
    );
    if (fixes.length === 0) continue;
    if (fixes.length > 1 || found) return null;
    found = { fig: f, text: fixes[0]!.text, slip: fixes[0]!.slip };
  }
  return found;
}

/** The written figures (with `override`) compute the stated value exactly, at its written precision. */
function holdsExactly(r: Relation, override: ReadonlyMap<number, string>): boolean {
  const stated = override.get(r.target.id) ?? r.target.digits;
  const d = Math.max(decimalsOf(stated), 0);
  return r.variants.some((v) => {
    const iv = evaluate(v.expr, { mode: "exact", override });
    if (!iv) return false;
    const value = iv.lo.div(scaleOf(r)).times(r.direction === -1 ? -1 : 1);
    return fixed(value, d) === fixed(new D(stated), d);
  });
}
