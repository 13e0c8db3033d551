import { defineRule, RATE_MESSAGES } from "./define.js";

export default defineRule({
  meta: {
    id: "rate/asset-utilization",
    type: "arithmetic",
    description: {
      zh: "固定资产利用率 = 实际在用固定资产总额 ÷ 所有固定资产总额",
      en: "Fixed-asset utilisation = fixed assets in use ÷ all fixed assets",
    },
    messages: RATE_MESSAGES,
  },
  check: {
    kind: "named-rate",
    options: {
      names: ["固定资产利用率$"],
      inputs: {
        inUse: { name: { zh: "在用固定资产总额", en: "fixed assets in use" }, labels: ["在用固定资产"] },
        total: {
          name: { zh: "固定资产总额", en: "all fixed assets" },
          labels: ["固定资产总额", "所有固定资产", "固定资产原值"],
          exclude: ["在用"],
        },
      },
      variants: [{ name: { zh: "在用 ÷ 全部固定资产", en: "in use ÷ all" }, formula: "inUse / total" }],
    },
  },
});
