/**
 * The name of a related figure's role ("numerator", "spent", "part" …) in the user's language, for
 * the formatters that list the figures a finding used (sarif, html).
 *
 * A named-rate rule names its own inputs in `check.options.inputs[role].name`; the other check kinds
 * use the fixed roles below. An unknown role is shown as it is.
 */
import { builtinRules, type Rule, ruleById } from "../rules/index.js";
import type { Lang } from "./messages.js";

const ROLES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  operand: { zh: "运算数", en: "operand" },
  part: { zh: "分项", en: "part" },
  total: { zh: "总额", en: "total" },
  current: { zh: "本期数", en: "current value" },
  previous: { zh: "上期数", en: "previous value" },
  difference: { zh: "增减额", en: "difference" },
  rate: { zh: "比率", en: "rate" },
  compared: { zh: "比较值", en: "compared value" },
  first: { zh: "第一个数", en: "first figure" },
  second: { zh: "第二个数", en: "second figure" },
  in: { zh: "收入（到位）", en: "funds in" },
  spent: { zh: "实际支出", en: "actual spending" },
  withdrawn: { zh: "收回", en: "withdrawn" },
  numerator: { zh: "分子", en: "numerator" },
  denominator: { zh: "分母", en: "denominator" },
  "stated before": { zh: "前文所述", en: "stated before" },
  restated: { zh: "另一处所述", en: "stated elsewhere" },
  "read in 平方米": { zh: "按平方米读", en: "read in 平方米" },
  adjust: { zh: "调整数", en: "adjustment" },
  area: { zh: "面积", en: "area" },
  budget: { zh: "预算数", en: "budget" },
  count: { zh: "项数", en: "count" },
  initial: { zh: "年初数", en: "initial" },
  other: { zh: "其他", en: "other" },
  value: { zh: "数值", en: "value" },
};

export function roleName(
  ruleId: string,
  role: string,
  lang: Lang,
  rules: readonly Rule[] = builtinRules,
): string {
  const check = ruleById(ruleId, rules)?.check;
  if (check?.kind === "named-rate" && Object.hasOwn(check.options.inputs, role))
    return check.options.inputs[role]!.name[lang];
  return Object.hasOwn(ROLES, role) ? ROLES[role]![lang] : role;
}
