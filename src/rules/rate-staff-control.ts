import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/staff-control",
  description: {
    zh: "在职人员控制率（财政供养人员控制率）= 在职人员数 ÷ 编制数",
    en: "Staff control rate = staff in post ÷ approved posts",
  },
  options: {
    names: ["人员控制率$", "在职人员控制率$", "财政供养人员控制率$"],
    inputs: {
      staff: {
        name: { zh: "在职人员数", en: "staff in post" },
        labels: ["在职", "实有", "在编"],
        exclude: ["编制数$"],
      },
      posts: {
        name: { zh: "编制数", en: "approved posts" },
        labels: ["编制"],
        exclude: ["在职", "实有", "在编"],
      },
    },
    variants: [{ name: { zh: "在职人员 ÷ 编制数", en: "staff ÷ posts" }, formula: "staff / posts" }],
  },
  examples: {
    valid: ["核定编制数143人，年末实有在职人员136人，在职人员控制率95.10%。"],
    invalid: ["核定编制数143人，年末实有在职人员136人，在职人员控制率95.80%。"],
  },
});
