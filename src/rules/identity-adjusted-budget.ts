import { defineIdentityRule } from "./define.js";

export default defineIdentityRule({
  id: "identity/adjusted-budget",
  description: {
    zh: "调整预算数 = 年初预算数 + 预算调增数 − 预算调减数",
    en: "Adjusted budget = initial budget + increases − decreases",
  },
  options: {
    names: ["调整(后)?预算(数)?$", "全年预算(数)?$"],
    inputs: {
      initial: { name: { zh: "年初预算数", en: "initial budget" }, labels: ["年初预算"] },
      increase: { name: { zh: "调增数", en: "increases" }, labels: ["调增", "追加"] },
      decrease: { name: { zh: "调减数", en: "decreases" }, labels: ["调减"] },
    },
    variants: [
      {
        name: { zh: "年初 + 调增 − 调减", en: "initial + increases − decreases" },
        formula: "initial + increase - decrease",
      },
      { name: { zh: "年初 + 调增", en: "initial + increases" }, formula: "initial + increase" },
      { name: { zh: "年初 − 调减", en: "initial − decreases" }, formula: "initial - decrease" },
    ],
  },
  examples: {
    valid: ["年初预算300万元，年中调减117.48万元，调整后预算182.52万元。"],
    invalid: ["年初预算300万元，年中调减117.48万元，调整后预算185.52万元。"],
  },
});
