/** The built-in rules, in the order the engine runs them: the most certain relations first. */
import balanceCarryover from "./balance-carryover.js";
import changeGrowth from "./change-growth.js";
import changePoints from "./change-points.js";
import type { Rule } from "./define.js";
import formulaChain from "./formula-chain.js";
import rateAssetUtilization from "./rate-asset-utilization.js";
import rateBudgetExecution from "./rate-budget-execution.js";
import { catalogRules } from "./rate-catalog.js";
import rateControl from "./rate-control.js";
import rateFundUsage from "./rate-fund-usage.js";
import shareOfTotal from "./share-of-total.js";
import sumParts from "./sum-parts.js";

export { COMMON_MESSAGES, defineRule, type Rule } from "./define.js";

export const builtinRules: readonly Rule[] = Object.freeze([
  formulaChain,
  sumParts,
  shareOfTotal,
  changeGrowth,
  changePoints,
  rateFundUsage,
  rateBudgetExecution,
  rateControl,
  rateAssetUtilization,
  ...catalogRules,
  balanceCarryover,
]);

export function ruleById(id: string, rules: readonly Rule[] = builtinRules): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
