/**
 * Units and magnitudes that cannot be right (design.md §1 "units and signs"):
 * - `areaUnit`: the floor space of buildings (厂房, 办公用房, 建筑面积 …) in 平方千米 / 平方公里 —
 *   `预计全年建成标准化厂房150万平方千米` is 1.5 million km², while the sentence before gives
 *   `新增标准厂房面积128.93万平方米`. Flagged when the area is at least 10 km² or the paragraph
 *   states building areas in 平方米; the finding reads the number in 平方米.
 * - `moneyMagnitude`: a breakdown whose parts do not add up, and would if one 万元 (亿元) amount
 *   were read in 元 — the figure was written in 元 and labelled 万元.
 *
 * Both are suspicious figures (design.md §4): a warning.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { baseValue, type Context, clauseLabel } from "../context.js";
import { D, type Decimal, ONE } from "../decimal.js";
import { bin, type Expr, fig, sum } from "../expr.js";
import { check, type Relation } from "../relation.js";
import { breakdowns } from "./parts.js";
import { empty, type KindFn } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Building areas in square kilometres

const BUILDING = /厂房|用房|建筑面积|房屋|住房|校舍|楼宇|办公楼|车间|仓库|仓储|宿舍|门店|商铺|营业面积/;
const LAND = /占地|用地|土地|国土|辖区|规划面积|核准面积|流域|水域|森林|耕地|绿地|湿地|林地|海域|区域面积/;
const KM2 = /^[万亿]?(?:平方千米|平方公里)$/;
const M2 = /^[万亿]?平方米$/;
const KM2_IN_M2 = new D(1_000_000);
const TEN_KM2 = new D(10);

function isBuildingArea(ctx: Context, f: ExtractedFigure): boolean {
  const words = f.label + "|" + clauseLabel(ctx, f);
  return BUILDING.test(words) && !LAND.test(words);
}

export const areaUnit: KindFn = (ctx, ruleId) => {
  const out = empty();
  for (const f of ctx.figures) {
    if (f.kind !== "measure" || !isBuildingArea(ctx, f)) continue;
    if (M2.test(f.unit)) {
      out.relations.push(inSquareMetresAlready(ruleId, f));
      continue;
    }
    if (!KM2.test(f.unit)) continue;
    const km2 = baseValue(f);
    const paragraph = ctx.byParagraph[f.paragraph] ?? [];
    const inSquareMetres = paragraph.find((g) => g !== f && M2.test(g.unit) && isBuildingArea(ctx, g));
    if (km2.lt(TEN_KM2) && !inSquareMetres) continue;
    out.relations.push(readInSquareMetres(ruleId, f, inSquareMetres));
  }
  return out;
};

/** A floor space in 平方米: the unit is plausible (recorded as a check, never flagged). */
function inSquareMetresAlready(ruleId: string, f: ExtractedFigure): Relation {
  return {
    ruleId,
    target: f,
    variants: [{ name: f.unit, expr: fig(f, "area") }],
    compare: "eq",
    explicit: false,
    exactInputs: false,
    messageId: "areaUnit",
    data: { label: f.label || "面积", unit: f.unit, sibling: "" },
    direction: 1,
  };
}

/**
 * The area as written against the same number read in 平方米. Both are expressed in 平方米 with
 * the written prefix (万): the target carries the written value converted (150万平方千米 is
 * 150 000 000 万平方米), the computation the digits read in 平方米 (150万平方米). They differ by
 * exactly the unit, so the relation fails, and its expected value is the plausible reading.
 */
function readInSquareMetres(
  ruleId: string,
  f: ExtractedFigure,
  sibling: ExtractedFigure | undefined,
): Relation {
  const unit = f.unit.replace(/平方千米|平方公里/, "平方米");
  const prefix: Decimal = f.scale; // 万 → 10⁴, the same prefix read in 平方米
  const asWritten: ExtractedFigure = { ...f, unit, scale: prefix, value: f.value.times(KM2_IN_M2) };
  const plausible: ExtractedFigure = { ...f, unit, scale: prefix };
  return {
    ruleId,
    target: asWritten,
    variants: [{ name: unit, expr: fig(plausible, "read in 平方米") }],
    compare: "eq",
    explicit: false,
    exactInputs: false,
    messageId: sibling ? "areaUnitSibling" : "areaUnit",
    data: {
      label: f.label || "面积",
      unit: f.unit,
      sibling: sibling ? `${sibling.label}${sibling.raw}` : "",
    },
    direction: 1,
  };
}

// ---------------------------------------------------------------------------------------------
// A 万元 amount 10⁴ too large against its parts

export const moneyMagnitude: KindFn = (ctx, ruleId) => {
  const out = empty();
  for (const b of breakdowns(ctx)) {
    if (b.partial || b.total.kind !== "money" || b.parts.some((p) => p.kind !== "money")) continue;
    const label = b.total.label || b.total.raw;
    const totalOf = (parts: readonly ExtractedFigure[]): Relation => ({
      ruleId,
      target: b.total,
      variants: [{ name: "Σ", expr: sum(parts.map((p) => fig(p, "part"))) }],
      compare: "eq",
      explicit: false,
      exactInputs: false,
      messageId: "totalInYuan",
      data: { label, unit: b.total.unit },
      direction: 1,
    });
    const holding = leadingSum(b.total, b.parts, null);
    if (holding > 0) {
      // Amounts in 元 and 万元 that add up: the magnitudes agree (recorded, never flagged).
      const parts = b.parts.slice(0, holding);
      if (parts.some((p) => !p.scale.eq(b.total.scale))) out.relations.push(totalOf(parts));
      continue;
    }
    if (b.parts.length > 12) continue; // a long list: one reading per amount is too many to try
    const culprits = [b.total, ...b.parts]
      .filter((f) => f.scale.gt(1))
      .map((f) => ({ f, n: leadingSum(b.total, b.parts, f) }))
      .filter((c) => c.n > 0);
    if (culprits.length !== 1) continue;
    const { f: culprit, n } = culprits[0]!;
    const parts = b.parts.slice(0, n);
    if (culprit === b.total) {
      out.relations.push(totalOf(parts));
      continue;
    }
    if (!parts.includes(culprit)) continue;
    let expr: Expr = fig(b.total, "total");
    for (const p of parts) if (p !== culprit) expr = bin("-", expr, fig(p, "other part"));
    out.relations.push({
      ruleId,
      target: culprit,
      variants: [{ name: "total − other parts", expr }],
      compare: "eq",
      explicit: false,
      exactInputs: false,
      messageId: "partInYuan",
      data: { label: culprit.label || culprit.raw, total: label, unit: culprit.unit },
      direction: 1,
    });
  }
  return out;
};

/**
 * How many leading parts (two or more) add up to the total, with `inYuan` read in 元; 0 if no
 * leading run does.
 */
function leadingSum(
  total: ExtractedFigure,
  parts: readonly ExtractedFigure[],
  inYuan: ExtractedFigure | null,
): number {
  const read = (f: ExtractedFigure): ExtractedFigure => (f === inYuan ? { ...f, scale: ONE, unit: "元" } : f);
  for (let n = parts.length; n >= 2; n--) {
    const rel: Relation = {
      ruleId: "",
      target: read(total),
      variants: [{ name: "Σ", expr: sum(parts.slice(0, n).map((p) => fig(read(p), "part"))) }],
      compare: "eq",
      explicit: false,
      exactInputs: false,
      messageId: "",
      data: {},
      direction: 1,
    };
    if (check(rel).status === "consistent") return n;
  }
  return 0;
}
