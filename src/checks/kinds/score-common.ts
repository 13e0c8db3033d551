/**
 * What the score kinds share: which figures add up to a sheet's total (the top level's scores, or
 * every leaf's when the levels are not nested, plus 加分 and minus 扣分), and which weights add up to
 * its total weight.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import { allItems, type ScoreItem, type ScoreSheet } from "../../tables/score-model.js";
import { HUNDRED, ZERO } from "../decimal.js";
import { bin, type Expr, sum } from "../expr.js";
import { exact } from "./table-common.js";

const counted = (x: ScoreItem) => !x.bonus && !x.deduction;

/**
 * The stated result of a sum of points, read exactly when the parts are written to no more
 * decimals than it: their sum is then representable as written, so neither rounding nor
 * truncation can explain a difference (2 + 21 + 10 + 7 is 40, never a truncated 39).
 */
export function statedSum(target: ExtractedFigure, terms: readonly ExtractedFigure[]): ExtractedFigure {
  if (terms.some((t) => t.decimals > target.decimals || t.decimals < 0)) return target;
  // An integer stated exactly: no digit after the point to truncate at.
  return { ...target, exact: true, decimals: target.decimals === 0 ? -1 : target.decimals };
}

/** The weights of the top level, when every one is stated. */
export function topWeights(sheet: ScoreSheet): ExtractedFigure[] | null {
  if (sheet.topWeights) return [...sheet.topWeights];
  const level = sheet.nested ? sheet.items.filter(counted) : sheet.leaves.filter(counted);
  if (level.length < 2 || level.some((x) => !x.weight)) return null;
  return level.map((x) => x.weight!);
}

export interface TotalParts {
  readonly terms: readonly ExtractedFigure[];
  readonly bonus: readonly ExtractedFigure[];
  readonly deductions: readonly ExtractedFigure[];
}

/** The scores whose sum is the total: the top level (nested) or the leaves, with 加分 and 扣分. */
export function totalParts(sheet: ScoreSheet): TotalParts | null {
  const extras = allItems(sheet.items).filter((x) => !counted(x) && x.score);
  const top = sheet.items.filter(counted);
  const leaves = sheet.leaves.filter(counted);
  let terms: ExtractedFigure[] | null = null;
  if (sheet.nested && top.length >= 1 && top.every((x) => x.score)) terms = top.map((x) => x.score!);
  else if (leaves.length >= 2 && leaves.every((x) => x.score)) terms = leaves.map((x) => x.score!);
  if (!terms) return null;
  return {
    terms,
    bonus: extras.filter((x) => x.bonus).map((x) => x.score!),
    deductions: extras.filter((x) => x.deduction).map((x) => x.score!),
  };
}

/** Σ terms + Σ 加分 − Σ 扣分, every figure at its written value. */
export function totalExpr(p: TotalParts): Expr {
  let e = sum([...p.terms, ...p.bonus].map((f) => exact(f, "score")));
  for (const d of p.deductions) e = bin("-", e, exact(d, "deduction"));
  return e;
}

/**
 * An outline that discusses only some indicators is not a whole sheet: its total is checked only
 * when the top level's weights make up the full marks (100, or the total weight stated).
 */
export function complete(sheet: ScoreSheet): boolean {
  if (sheet.source !== "outline") return true;
  const w = topWeights(sheet);
  if (!w) return false;
  const full = sheet.total?.weight?.value ?? HUNDRED;
  return w.reduce((acc, f) => acc.plus(f.value), ZERO).eq(full);
}
