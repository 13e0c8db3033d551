import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "consistency/report-year",
    type: "consistency",
    description: {
      zh: "报告年度：预算、收支数字标注的年度应为报告所述年度（评价年度：2023年度）；引用上年、比较、结转、计划目标等不在此列。只作提示",
      en: "The report's year: budget and spending amounts are dated with the year the report is for (评价年度：2023年度); references to the previous year, comparisons, carry-overs and plans are not contradictions. A note only",
    },
    messages: {
      otherYear: {
        zh: "报告年度为 {{year}} 年，而此处 {{stated}}{{label}} 标注的年度与之不同（报告中另有 {{support}} 处预算、收支数字标注 {{year}} 年）；若非有意引用其他年度，请核对",
        en: "The report is for {{year}}, but {{stated}}{{label}} is dated otherwise ({{support}} other budget amounts of the report are dated {{year}}); check it unless another year is meant",
      },
    },
    examples: {
      valid: [
        "评价年度：2023年度\n2023年收入预算902.25万元。2023年支出预算902.25万元。2023年“公用经费”预算安排数8.02万元。",
      ],
      invalid: [],
    },
  },
  check: { kind: "report-year" },
});
