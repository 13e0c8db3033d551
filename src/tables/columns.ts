/**
 * What a column holds, read from its title (年初预算 → initial, 实际支出 → spent, 分值 → weight …),
 * and the units a table declares: `金额单位：万元` above it, `（万元）` or `/万元` in a title.
 */
import { moneyScale, type UnitInfo } from "../extract/units.js";
import type { ColumnRole } from "./model.js";

/** Title patterns, tried in order: the first that matches names the role. */
const ROLES: readonly (readonly [ColumnRole, RegExp])[] = [
  ["seq", /^(?:序号|编号|行次|栏次|序|No\.?)$/],
  ["score", /得分|自评分|评分|实得分/],
  ["weight", /分值|权重|满分|标准分|^分数$/],
  ["rate", /率|%|比例|占比/],
  ["mixed", /指标值|完成值|目标值|实际值|实际完成/],
  ["remark", /备注|说明|原因|措施|分析|问题|解释/],
  ["label", /名称|^项目$|^项目\(|^项目\/|一级指标|二级指标|三级指标|^指标$|科目|类别|^功能分类/],
  ["adjust", /调整数|调增|调减|追加|调整金额|^调整$/],
  ["initial", /年初/],
  ["balance", /结余|结转|收回|剩余|余额|未支出|调减指标/],
  ["allocated", /划拨|到位|拨付|下达|拨款数/],
  ["spent", /实际支出|执行数|支出数|决算|已支出|完成数|支出金额|实际使用|使用数/],
  ["total", /合计|总计|小计|总额|总预算|总数/],
  ["budget", /调整后|调整预算|全年预算|预算数|预算金额|预算投入|批复|^预算/],
  ["amount", /金额|资金|经费|投资|万元|元\)|支出|收入|预算|数$|额$/],
];

export function roleOf(title: string): ColumnRole {
  const t = title.replace(/\s+/g, "");
  if (t === "") return "text";
  for (const [role, re] of ROLES) if (re.test(t)) return role;
  return "text";
}

/** Titles that name no quantity but only occur in headers. */
const TITLE_WORD =
  /指标性质|度量单位|计量单位|^单位$|实施内容|目标$|^序号$|^[(（]\s*(?:万元|元|亿元)\s*[)）]$/;

/** A weight written in a section title: 绩效指标(90分), 预算执行情况(10分), 产出指标（50分）. */
export const SECTION = /^(.{2,14}?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/;

/** Words that can title a column: a role other than plain words, or a header-only word. */
export function isTitleText(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > 20) return false;
  return roleOf(t) !== "text" || TITLE_WORD.test(t) || SECTION.test(t);
}

/** Roles of money columns: the ones a 合计 row adds up. */
export const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "initial",
  "adjust",
  "budget",
  "allocated",
  "spent",
  "balance",
  "total",
  "amount",
]);

/** Roles whose cells are quantities (added up, compared): money, weights, scores, numbers. */
export const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  ...MONEY_ROLES,
  "weight",
  "score",
  "seq",
]);

/** Roles whose cells are words. */
export const WORD_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["label", "remark", "text"]);

function unitInfo(unit: string): UnitInfo | null {
  const scale = moneyScale(unit);
  return scale ? { unit, kind: "money", scale } : null;
}

/** The unit a title declares: `年初预算/万元`, `预算投入的资金(万元)`, `总预算 (万元)`, `金额(元)`. */
export function titleUnit(title: string): UnitInfo | null {
  const m = /[(（/／]\s*(万亿元|亿元|千万元|百万元|万元|千元|元)\s*[)）]?\s*$/.exec(title.trim());
  if (m) return unitInfo(m[1]!);
  const inner = /[(（]\s*(?:单位|金额单位)?[:：]?\s*(万亿元|亿元|万元|千元|元)\s*[)）]/.exec(title);
  return inner ? unitInfo(inner[1]!) : null;
}

/** The unit a line declares for a table: `金额单位：万元`, `单位：元`, `（单位：万元）`. */
export function declaredUnit(line: string): UnitInfo | null {
  const m = /(?:金额)?单位\s*[:：]\s*(万亿元|亿元|千万元|百万元|万元|千元|元)/.exec(line);
  return m ? unitInfo(m[1]!) : null;
}

/** A cell written with a unit of its own: `3359.62万`, `829.3万元`. */
export function cellUnit(text: string): UnitInfo | null {
  const m = /\d\s*(万亿元|亿元|万元|千元|元|万)$/.exec(text);
  if (!m) return null;
  return unitInfo(m[1] === "万" ? "万元" : m[1]!);
}
