/**
 * The built-in rules, in the order the engine runs them: the most certain relations first (an
 * earlier rule claims the figures it binds). A rule is registered by its import and one entry below.
 */
import balanceCarryover from "./balance-carryover.js";
import changeGrowth from "./change-growth.js";
import changePoints from "./change-points.js";
import consistencyOrder from "./consistency-order.js";
import consistencyReportYear from "./consistency-report-year.js";
import consistencySameCount from "./consistency-same-count.js";
import consistencyUnitPair from "./consistency-unit-pair.js";
import countEnumeration from "./count-enumeration.js";
import countRespectively from "./count-respectively.js";
import type { Rule } from "./define.js";
import formulaChain from "./formula-chain.js";
import identityAdjustedBudget from "./identity-adjusted-budget.js";
import identityBasicSpending from "./identity-basic-spending.js";
import identitySangong from "./identity-sangong.js";
import rateAssetUtilization from "./rate-asset-utilization.js";
import rateBudgetAdjustment from "./rate-budget-adjustment.js";
import rateBudgetExecution from "./rate-budget-execution.js";
import rateBudgetFinalDifference from "./rate-budget-final-difference.js";
import rateCarryover from "./rate-carryover.js";
import rateCarryoverChange from "./rate-carryover-change.js";
import rateControl from "./rate-control.js";
import rateFundUsage from "./rate-fund-usage.js";
import rateFundsInPlace from "./rate-funds-in-place.js";
import rateKeyTasks from "./rate-key-tasks.js";
import rateProcurement from "./rate-procurement.js";
import rateSangongChange from "./rate-sangong-change.js";
import rateSatisfaction from "./rate-satisfaction.js";
import rateStaffControl from "./rate-staff-control.js";
import scoreFromRate from "./score-from-rate.js";
import scoreGrade from "./score-grade.js";
import scoreMax from "./score-max.js";
import scoreSum from "./score-sum.js";
import shareOfTotal from "./share-of-total.js";
import sumParts from "./sum-parts.js";
import tableProseTotal from "./table-prose-total.js";
import tableRemark from "./table-remark.js";
import tableRowIdentity from "./table-row-identity.js";
import tableTotal from "./table-total.js";
import tableUnread from "./table-unread.js";
import unitArea from "./unit-area.js";
import unitMoneyMagnitude from "./unit-money-magnitude.js";

export { COMMON_MESSAGES, defineRule, type Rule } from "./define.js";

export const builtinRules: readonly Rule[] = Object.freeze([
  formulaChain,
  sumParts,
  tableTotal,
  tableRowIdentity,
  tableRemark,
  tableProseTotal,
  scoreMax,
  scoreSum,
  scoreGrade,
  scoreFromRate,
  shareOfTotal,
  changeGrowth,
  changePoints,
  rateFundUsage,
  rateBudgetExecution,
  rateControl,
  rateAssetUtilization,
  rateFundsInPlace,
  rateCarryover,
  rateCarryoverChange,
  rateBudgetFinalDifference,
  rateBudgetAdjustment,
  rateSangongChange,
  rateProcurement,
  rateStaffControl,
  rateKeyTasks,
  rateSatisfaction,
  identityBasicSpending,
  identitySangong,
  identityAdjustedBudget,
  balanceCarryover,
  countEnumeration,
  countRespectively,
  consistencySameCount,
  consistencyUnitPair,
  unitArea,
  unitMoneyMagnitude,
  consistencyOrder,
  consistencyReportYear,
  tableUnread,
]);

export function ruleById(id: string, rules: readonly Rule[] = builtinRules): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
