import { defineIdentityRule } from "./define.js";

export default defineIdentityRule({
  id: "identity/basic-spending",
  description: { zh: "基本支出 = 人员经费 + 公用经费", en: "Basic spending = personnel + public expenses" },
  options: {
    names: ["基本支出$"],
    inputs: {
      personnel: { name: { zh: "人员经费", en: "personnel expenses" }, labels: ["人员经费", "工资福利"] },
      public: {
        name: { zh: "公用经费", en: "public expenses" },
        labels: ["公用经费", "日常公用", "商品和服务"],
      },
    },
    variants: [
      { name: { zh: "人员经费 + 公用经费", en: "personnel + public" }, formula: "personnel + public" },
    ],
  },
  examples: {
    valid: ["2020年度基本支出858万元，全年人员经费支出713万元，公用经费支出145万元。"],
    invalid: ["2020年度基本支出858万元，全年人员经费支出713万元，公用经费支出154万元。"],
  },
});
