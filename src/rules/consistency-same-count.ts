import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "consistency/same-count",
    type: "consistency",
    description: {
      zh: "同一事实两处表述：部门自身的机构、科室、编制等数量在报告中两次出现时应相同（机关设14个内设机构 / 设有15个内设机构）",
      en: "One fact stated twice: a count of the department's own structure (内设机构, 科室, 编制 …) stated in two places must agree",
    },
    messages: {
      sameCount: {
        zh: "{{label}}此处为 {{stated}}，与前文“{{context}}”（{{expected}}）不一致",
        en: "{{label}}: {{stated}} here, but {{expected}} earlier (“{{context}}”)",
      },
    },
    examples: {
      valid: [
        "2.机构设置\n机关设14个内设机构（正科级）和机关党委。\n3.人员情况\n我局为行政单位，设有14个内设机构，局机关编制91名。",
      ],
      invalid: [
        "2.机构设置\n机关设14个内设机构（正科级）和机关党委。\n3.人员情况\n我局为行政单位，设有15个内设机构，局机关编制91名。",
      ],
    },
  },
  check: { kind: "same-count" },
});
