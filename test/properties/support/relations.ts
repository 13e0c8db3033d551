/**
 * Generators of consistent relations rendered as report sentences, in the shapes the built-in rules
 * understand (see test/rules/*.test.ts), with an exact reference model of each relation.
 *
 * Every stated result is computed with exact rationals (support/exact.ts) and rounded half-up at
 * the precision it is written with, so the sentence is consistent by construction. Each relation
 * records its target (the stated result), the rule that must check it, and the values its
 * operands allow (intervals, one per variant the engine tries, in the target's written unit) — the
 * reference that typo.property.test.ts grades a changed figure against.
 */
import fc from "fast-check";
import {
  add,
  decimalsOf,
  fmt,
  iadd,
  idiv,
  imul,
  isub,
  overlapsQ,
  parse,
  point,
  pow10,
  type Q,
  type QInterval,
  q,
  roundAmount,
  roundHalfUp,
  sub,
  truncatedQ,
  writtenQ,
} from "./exact.js";

// ---------------------------------------------------------------------------------------------
// Rendering numbers and placing them in a text

export interface NumberStyle {
  /** Full-width digits and decimal point: １２３．４５ */
  readonly fullWidth: boolean;
  /** Thousands separators: 12,345.67 */
  readonly grouped: boolean;
}

export const PLAIN: NumberStyle = { fullWidth: false, grouped: false };

export function group(digits: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(digits)!;
  return m[1]! + m[2]!.replace(/\B(?=(\d{3})+$)/g, ",") + (m[3] ?? "");
}

export function toFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(".", "．");
}

export function renderNumber(digits: string, style: NumberStyle): string {
  const s = style.grouped ? group(digits) : digits;
  return style.fullWidth ? toFullWidth(s) : s;
}

/** A figure placed in a generated text: its number span, its span with the unit, and its digits. */
export interface Placed {
  readonly start: number;
  /** End of the number (numberSpan.end). */
  readonly end: number;
  /** End of the number and its unit (span.end). */
  readonly unitEnd: number;
  readonly digits: string;
  readonly style: NumberStyle;
}

export class TextBuilder {
  text = "";
  put(s: string): this {
    this.text += s;
    return this;
  }
  num(digits: string, unit = "", style: NumberStyle = PLAIN): Placed {
    const start = this.text.length;
    this.text += renderNumber(digits, style);
    const end = this.text.length;
    this.text += unit;
    return { start, end, unitEnd: this.text.length, digits, style };
  }
}

// ---------------------------------------------------------------------------------------------
// Relations

export interface Target {
  readonly fig: Placed;
  readonly ruleId: string;
  /**
   * What the operands allow for the target, one interval per variant the engine evaluates (and,
   * for a written formula, the exact evaluation first), in the target's written unit and with the
   * direction word applied. The target holds when its written interval meets one of them.
   */
  readonly computed: readonly QInterval[];
  /** Counts are exact: their written value is a point, not an interval. */
  readonly exact: boolean;
}

export interface Case {
  readonly family: string;
  readonly text: string;
  readonly targets: readonly Target[];
}

export type Status = "consistent" | "truncated" | "inconsistent" | "unverifiable";

/** How the engine must grade `digits` written in place of the target (design.md §3). */
export function statusOf(t: Target, digits: string): Status {
  if (t.computed.length === 0) return "unverifiable";
  const stated = writtenQ(digits, t.exact);
  if (t.computed.some((c) => overlapsQ(c, stated))) return "consistent";
  if (!t.exact && t.computed.some((c) => overlapsQ(c, truncatedQ(digits)))) return "truncated";
  return "inconsistent";
}

const w = (p: Placed, exact = false): QInterval => writtenQ(p.digits, exact);
const HUNDRED = q(100n);
const pct = (iv: QInterval): QInterval => imul(iv, point(HUNDRED));

// ---------------------------------------------------------------------------------------------
// Arbitraries for amounts

/** A non-negative decimal written with `decimals` decimals and 1–`maxInt` integer digits. */
export function amount(opts: { maxInt?: number; minValue?: bigint; decimals?: fc.Arbitrary<number> } = {}) {
  const maxInt = opts.maxInt ?? 6;
  return fc
    .tuple(fc.integer({ min: 1, max: maxInt }), opts.decimals ?? fc.integer({ min: 0, max: 2 }))
    .chain(([intDigits, d]) => {
      const hi = pow10(intDigits + d) - 1n;
      const lo0 = intDigits === 1 ? 0n : pow10(intDigits - 1 + d);
      const lo =
        opts.minValue !== undefined && opts.minValue * pow10(d) > lo0 ? opts.minValue * pow10(d) : lo0;
      return fc.bigInt({ min: lo > hi ? hi : lo, max: hi }).map((n) => fmt(n, d));
    });
}

export const numberStyle: fc.Arbitrary<NumberStyle> = fc.record({
  fullWidth: fc.boolean(),
  grouped: fc.boolean(),
});

/** Mostly plain ASCII numbers, sometimes full-width or grouped, as reports write them. */
const styleOf = fc.oneof({ weight: 3, arbitrary: fc.constant(PLAIN) }, { weight: 1, arbitrary: numberStyle });

const money = fc.constantFrom("万元", "元", "亿元");
const year = fc.oneof(
  fc.constant(""),
  fc.integer({ min: 2015, max: 2024 }).map((y) => `${y}年`),
);

const maxDecimals = (xs: readonly string[]): number => Math.max(...xs.map(decimalsOf));
const sumOf = (xs: readonly string[]): Q => xs.map(parse).reduce(add);

/** The exact sum of written decimals, written at the largest precision among them. */
const exactSum = (xs: readonly string[]): string => roundHalfUp(sumOf(xs), maxDecimals(xs));

// ---------------------------------------------------------------------------------------------
// 1. Parts and total: …预算为{T}万元，其中{A}为{a}万元，{B}为{b}万元。

const TOTAL_LABELS = ["收入预算", "实际到位预算", "支出预算", "部门预算", "专项资金"];
const PART_LABELS = [
  "基本收入",
  "项目收入",
  "一般公共预算拨款",
  "政府性基金拨款",
  "工资福利支出",
  "商品和服务支出",
  "对个人和家庭的补助",
  "资本性支出",
  "其他收入",
  "事业收入",
];
const COUNT_TOTALS = ["局机关编制", "在职人员", "实有人数"];
const COUNT_PARTS = ["行政编制", "事业编制", "工勤编制", "参公编制", "离休人员"];

/** Parts and total in money (`counts: false`), in people (`counts: true`), or either. */
export const sumPartsOf = (opts: { counts?: boolean } = {}): fc.Arbitrary<Case> =>
  fc
    .record({
      counts: opts.counts === undefined ? fc.boolean() : fc.constant(opts.counts),
      n: fc.integer({ min: 2, max: 5 }),
      year,
      unit: money,
      style: styleOf,
      opener: fc.constantFrom("其中", "其中：", "其中:", "其中，"),
      sep: fc.constantFrom("，", "；", ","),
      verb: fc.constantFrom("为", ""),
      paren: fc.boolean(),
      totalDecimals: fc.integer({ min: 0, max: 3 }),
      seed: fc.integer({ min: 0, max: 1000 }),
    })
    .chain((o) =>
      fc
        .array(o.counts ? amount({ maxInt: 3, decimals: fc.constant(0) }) : amount(), {
          minLength: o.n,
          maxLength: o.n,
        })
        .map((parts) => {
          const labels = o.counts ? COUNT_PARTS : PART_LABELS;
          const unit = o.counts ? "名" : o.unit;
          const total = o.counts ? exactSum(parts) : roundAmount(sumOf(parts), o.totalDecimals);
          const b = new TextBuilder().put(
            o.year + pick(o.counts ? COUNT_TOTALS : TOTAL_LABELS, o.seed) + o.verb,
          );
          const t = b.num(total, unit, o.style);
          b.put(o.paren ? "（" : `，${o.opener}`);
          const placed = parts.map((p, k) => {
            if (k > 0) b.put(o.paren ? "，" : o.sep);
            b.put(labels[(o.seed + k) % labels.length]! + (o.paren ? "" : o.verb));
            return b.num(p, unit, o.style);
          });
          b.put(o.paren ? "）。" : "。");
          const variants: QInterval[] = [];
          for (let k = placed.length; k >= 2; k--)
            variants.push(
              placed
                .slice(0, k)
                .map((p) => w(p, o.counts))
                .reduce(iadd),
            );
          return {
            family: "sum",
            text: b.text,
            targets: [{ fig: t, ruleId: "sum/parts", computed: variants, exact: o.counts }],
          };
        }),
    );

export const sumParts = sumPartsOf();

function pick<T>(xs: readonly T[], seed: number): T {
  return xs[seed % xs.length]!;
}

// ---------------------------------------------------------------------------------------------
// 2. Share: …支出预算{T}万元，其中：{A}{a}万元，占{p}%；{B}{b}万元，占{q}%。

export function shares(opts: { ascending: boolean }): fc.Arbitrary<Case> {
  return fc
    .record({
      n: fc.integer({ min: 2, max: 4 }),
      year,
      unit: money,
      style: styleOf,
      sep: fc.constantFrom("；", ";"),
      form: fc.constantFrom("占", "占比", "named"),
      seed: fc.integer({ min: 0, max: 1000 }),
      pctDecimals: fc.integer({ min: 0, max: 2 }),
    })
    .chain((o) =>
      fc
        .array(amount({ minValue: 1n }), { minLength: o.n, maxLength: o.n })
        .filter((ps) => ps.every((p) => parse(p).n > 0n))
        .map((parts0) => {
          const parts = opts.ascending ? [...parts0].sort((x, y) => cmpDigits(x, y)) : parts0;
          const total = exactSum(parts);
          // 本年支出合计 is named only by the unnamed forms: a label loses its trailing 合计.
          const totalLabel = pick(
            o.form === "named"
              ? ["支出预算", "收入预算", "项目资金"]
              : ["支出预算", "收入预算", "本年支出合计"],
            o.seed,
          );
          const b = new TextBuilder().put(`${o.year}${totalLabel}`);
          const t = b.num(total, o.unit, o.style);
          b.put("，其中：");
          const targets: Target[] = parts.map((p, k) => {
            if (k > 0) b.put(o.sep);
            b.put(PART_LABELS[(o.seed + k) % PART_LABELS.length]!);
            const a = b.num(p, o.unit, o.style);
            b.put(o.form === "named" ? `，占${totalLabel}的` : `，${o.form}`);
            const share = roundHalfUp(
              { n: parse(p).n * parse(total).d * 100n, d: parse(p).d * parse(total).n },
              o.pctDecimals,
            );
            const s = b.num(share, "%", o.style);
            const iv = idiv(w(a), w(t));
            return { fig: s, ruleId: "share/of-total", computed: iv ? [pct(iv)] : [], exact: false };
          });
          b.put("。");
          return { family: "share", text: b.text, targets };
        }),
    );
}

function cmpDigits(x: string, y: string): number {
  const a = parse(x);
  const b = parse(y);
  const d = a.n * b.d - b.n * a.d;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// 3. Change: {label}{c}万元，比上年{o}万元增加{d}万元，增长{r}%。

const CHANGE_LABELS = ["收入", "支出", "本年收入", "“三公”经费支出", "项目支出", "公用经费"];
const COMPARE_WORDS = ["比上年", "较上年", "较上年同期", "比2019年"];

export const change: fc.Arbitrary<Case> = fc
  .record({
    year: fc.integer({ min: 2020, max: 2024 }).map((y) => `${y}年度`),
    seed: fc.integer({ min: 0, max: 1000 }),
    unit: money,
    style: styleOf,
    d: fc.integer({ min: 0, max: 2 }),
    rateDecimals: fc.integer({ min: 0, max: 2 }),
    withPrevious: fc.boolean(),
    verb: fc.constantFrom("", "为"),
  })
  .chain((o) =>
    fc
      .tuple(amount({ decimals: fc.constant(o.d), minValue: 1n }), amount({ decimals: fc.constant(o.d) }))
      .filter(([c, p]) => parse(p).n > 0n && c !== p)
      .map(([cur, prev]) => {
        const up = cmpDigits(cur, prev) > 0;
        const diff = up ? sub(parse(cur), parse(prev)) : sub(parse(prev), parse(cur));
        const dDigits = roundHalfUp(diff, o.d);
        const rate = roundHalfUp(
          { n: diff.n * parse(prev).d * 100n, d: diff.d * parse(prev).n },
          o.rateDecimals,
        );
        const b = new TextBuilder().put(o.year + pick(CHANGE_LABELS, o.seed) + o.verb);
        const c = b.num(cur, o.unit, o.style);
        const targets: Target[] = [];
        if (o.withPrevious) {
          b.put(`，${pick(COMPARE_WORDS, o.seed)}`);
          const p = b.num(prev, o.unit, o.style);
          b.put(up ? "增加" : "减少");
          const d = b.num(dDigits, o.unit, o.style);
          b.put(up ? "，增长" : "，下降");
          const r = b.num(rate, "%", o.style);
          const delta = up ? isub(w(c), w(p)) : isub(w(p), w(c));
          const ratio = idiv(delta, w(p));
          targets.push({ fig: d, ruleId: "change/growth", computed: [delta], exact: false });
          targets.push({
            fig: r,
            ruleId: "change/growth",
            computed: ratio ? [pct(ratio)] : [],
            exact: false,
          });
        } else {
          b.put(up ? "，同比增加" : "，同比减少");
          const d = b.num(dDigits, o.unit, o.style);
          b.put(up ? "，增长" : "，下降");
          const r = b.num(rate, "%", o.style);
          // previous = current − Δ (增加) or current + Δ (减少)
          const previous = up ? isub(w(c), w(d)) : iadd(w(c), w(d));
          const ratio = idiv(w(d), previous);
          targets.push({
            fig: r,
            ruleId: "change/growth",
            computed: ratio ? [pct(ratio)] : [],
            exact: false,
          });
        }
        b.put("。");
        return { family: "change", text: b.text, targets };
      }),
  );

// ---------------------------------------------------------------------------------------------
// 4. A written formula: X=a/b×100%=r% / X=（a+b）/c×100%=r% / 实际支出数为a+b=c元

const RATE_NAMES = ["预算执行率", "资金使用率", "支出完成率", "项目完成率", "结转结余率"];

/** An operand of a written formula: integers are the author's exact inputs (constants). */
const wf = (p: Placed): QInterval => writtenQ(p.digits, decimalsOf(p.digits) === 0);
const exactOf = (p: Placed): QInterval => point(parse(p.digits));

export const formula: fc.Arbitrary<Case> = fc
  .record({
    shape: fc.constantFrom("ratio", "sumRatio", "sum"),
    seed: fc.integer({ min: 0, max: 1000 }),
    eq: fc.constantFrom("=", "＝"),
    divide: fc.constantFrom("/", "÷", "／"),
    times: fc.constantFrom("×", "*", "＊"),
    rateDecimals: fc.integer({ min: 0, max: 2 }),
    unit: fc.constantFrom("元", "万元"),
    end: fc.constantFrom("。", "；", ""),
    fullWidth: fc.boolean(),
  })
  .chain((o) =>
    fc
      .tuple(
        amount({ decimals: fc.integer({ min: 0, max: 2 }) }),
        amount({ decimals: fc.integer({ min: 0, max: 2 }) }),
        amount({ decimals: fc.integer({ min: 0, max: 2 }), minValue: 1n }),
      )
      .filter(([, , c]) => parse(c).n > 0n)
      .map(([x, y, z]) => {
        const style: NumberStyle = { fullWidth: o.fullWidth, grouped: false };
        const b = new TextBuilder();
        if (o.shape === "sum") {
          b.put("实际支出数为");
          const a = b.num(x, "", style);
          b.put("+");
          const bb = b.num(y, "", style);
          b.put(o.eq);
          const r = b.num(exactSum([x, y]), o.unit, style);
          b.put(o.end);
          return {
            family: "formula",
            text: b.text,
            targets: [
              {
                fig: r,
                ruleId: "formula/chain",
                computed: [iadd(exactOf(a), exactOf(bb)), iadd(wf(a), wf(bb))],
                exact: false,
              },
            ],
          };
        }
        b.put(pick(RATE_NAMES, o.seed) + o.eq);
        let numer: Placed[];
        if (o.shape === "sumRatio") {
          b.put("（");
          const a = b.num(x, "", style);
          b.put("+");
          const a2 = b.num(y, "", style);
          b.put("）");
          numer = [a, a2];
        } else numer = [b.num(x, "", style)];
        b.put(o.divide);
        const den = b.num(z, "", style);
        b.put(`${o.times}100%${o.eq}`);
        const numerQ = parse(exactSum(numer.map((p) => p.digits)));
        const value = { n: numerQ.n * parse(z).d * 100n, d: numerQ.d * parse(z).n };
        const r = b.num(roundHalfUp(value, o.rateDecimals), "%", style);
        b.put(o.end);
        const exact = idiv(numer.map(exactOf).reduce(iadd), exactOf(den));
        const interval = idiv(numer.map(wf).reduce(iadd), wf(den));
        return {
          family: "formula",
          text: b.text,
          targets: [
            {
              fig: r,
              ruleId: "formula/chain",
              computed: [exact, interval].filter((v): v is QInterval => v !== null).map(pct),
              exact: false,
            },
          ],
        };
      }),
  );

// ---------------------------------------------------------------------------------------------
// 5. Balance: 项目资金总投入{a}万元，实际总支出{b}万元，项目资金结转结余{c}万元。

const BALANCE_WORDS = [
  { in: "项目资金总投入", out: "实际总支出", left: "项目资金结转结余" },
  { in: "收到省级资金", out: "实际支出", left: "结转" },
  { in: "实际到位资金", out: "已支出", left: "结余" },
];

export const balance: fc.Arbitrary<Case> = fc
  .record({
    year: fc.oneof(
      fc.constant(""),
      fc.integer({ min: 2020, max: 2024 }).map((y) => `${y}年度`),
    ),
    words: fc.constantFrom(...BALANCE_WORDS),
    withdrawn: fc.boolean(),
    unit: money,
    style: styleOf,
    leftDecimals: fc.integer({ min: 0, max: 2 }),
  })
  .chain((o) =>
    fc
      .tuple(amount(), amount(), amount({ maxInt: 3 }))
      .map(([x, y, z]) => {
        // in = spent + withdrawn + extra, so that what is left is never negative
        const parts = o.withdrawn ? [x, y, z] : [x, y];
        return { total: exactSum(parts), spent: x, back: o.withdrawn ? y : null };
      })
      .map(({ total, spent, back }) => {
        const b = new TextBuilder().put(o.year + o.words.in);
        const a = b.num(total, o.unit, o.style);
        b.put(`，${o.words.out}`);
        const s = b.num(spent, o.unit, o.style);
        let wd: Placed | null = null;
        if (back !== null) {
          b.put("，省财政统筹收回");
          wd = b.num(back, o.unit, o.style);
        }
        b.put(`，${o.words.left}`);
        let left = sub(parse(total), parse(spent));
        if (back !== null) left = sub(left, parse(back));
        const l = b.num(roundAmount(left, o.leftDecimals), o.unit, o.style);
        b.put("。");
        let computed = isub(w(a), w(s));
        if (wd) computed = isub(computed, w(wd));
        return {
          family: "balance",
          text: b.text,
          targets: [{ fig: l, ruleId: "balance/carryover", computed: [computed], exact: false }],
        };
      }),
  );

// ---------------------------------------------------------------------------------------------
// 6. Percentage points: …增长{x}%，比上年（{y}%）提高{z}个百分点。

const POINT_LABELS = ["全市规上工业增加值增长", "一般公共预算收入增长", "项目完成率为", "固定资产投资增长"];
const PERIODS = ["一季度", "上半年", "三季度", "上年同期"];

export const points: fc.Arbitrary<Case> = fc
  .record({
    seed: fc.integer({ min: 0, max: 1000 }),
    n: fc.integer({ min: 1, max: 3 }),
    up: fc.boolean(),
    d: fc.integer({ min: 1, max: 2 }),
    pointDecimals: fc.integer({ min: 0, max: 2 }),
    form: fc.constantFrom("paren", "de"),
    style: styleOf.map((s) => ({ ...s, grouped: false })),
    minus: fc.constantFrom("-", "－", "−"),
  })
  .chain((o) =>
    fc
      .tuple(
        amount({ maxInt: 3, decimals: fc.constant(o.d) }),
        fc.uniqueArray(amount({ maxInt: 2, decimals: fc.constant(o.d), minValue: 1n }), {
          minLength: o.n,
          maxLength: o.n,
        }),
      )
      .filter(([, deltas]) => deltas.every((x) => parse(x).n > 0n))
      .map(([x, deltas]) => {
        const ys = deltas.map((dl) => {
          const v = o.up ? sub(parse(x), parse(dl)) : add(parse(x), parse(dl));
          return roundHalfUp(v, o.d);
        });
        const form = ys.length > 1 || ys.some((y) => y.startsWith("-")) ? "paren" : o.form;
        const b = new TextBuilder().put(pick(POINT_LABELS, o.seed));
        const xf = b.num(x, "%", o.style);
        const placedY = ys.map((y, k) => {
          if (k === 0) b.put(form === "paren" ? "，比" : "，比上年的");
          else b.put("、");
          if (form === "paren") b.put(`${PERIODS[(o.seed + k) % PERIODS.length]}（`);
          const neg = y.startsWith("-");
          if (neg) b.put(o.minus);
          const p = b.num(neg ? y.slice(1) : y, "%", o.style);
          if (form === "paren") b.put("）");
          return { ...p, start: neg ? p.start - 1 : p.start, digits: y };
        });
        b.put(ys.length > 1 ? (o.up ? "分别提高" : "分别下降") : o.up ? "提高" : "下降");
        const targets: Target[] = placedY.map((y, k) => {
          if (k > 0) b.put(k === ys.length - 1 ? "和" : "、");
          const exact = o.up ? sub(parse(x), parse(y.digits)) : sub(parse(y.digits), parse(x));
          const z = b.num(
            roundHalfUp(exact, o.pointDecimals),
            k === ys.length - 1 ? "个百分点" : "",
            o.style,
          );
          const computed = o.up ? isub(w(xf), w(y)) : isub(w(y), w(xf));
          return { fig: z, ruleId: "change/points", computed: [computed], exact: false };
        });
        b.put("。");
        return { family: "points", text: b.text, targets };
      }),
  );

/** Every family, for the properties that hold for all of them. */
export const anyRelation: fc.Arbitrary<Case> = fc.oneof(
  sumParts,
  shares({ ascending: false }),
  change,
  formula,
  balance,
  points,
);

// ---------------------------------------------------------------------------------------------
// One digit changed

export interface Typo {
  readonly text: string;
  readonly target: Target;
  /** The digits as now written. */
  readonly digits: string;
}

/**
 * The case with the `nth` digit (mod the number of digits) of target `which` (mod the number of
 * targets) replaced by another digit; null when that would write a leading zero.
 */
export function withTypo(c: Case, which: number, nth: number, bump: number): Typo | null {
  const target = c.targets[which % c.targets.length]!;
  const { digits, start, end } = target.fig;
  const positions = [...digits].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  const at = positions[nth % positions.length]!;
  const old = Number(digits[at]);
  const now = (old + 1 + (bump % 9)) % 10;
  const changed = digits.slice(0, at) + now + digits.slice(at + 1);
  if (/^-?0\d/.test(changed)) return null;
  // The same digit in the text: the k-th digit character of the written number.
  const k = positions.indexOf(at);
  let seen = -1;
  let offset = -1;
  for (let i = start; i < end; i++) {
    if (/[0-9０-９]/.test(c.text[i]!) && ++seen === k) {
      offset = i;
      break;
    }
  }
  const wide = c.text.charCodeAt(offset) >= 0xff10;
  const ch = wide ? String.fromCharCode(0xff10 + now) : String(now);
  return { text: c.text.slice(0, offset) + ch + c.text.slice(offset + 1), target, digits: changed };
}
