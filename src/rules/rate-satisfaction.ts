import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/satisfaction",
  description: {
    zh: "满意度 = 满意人数 ÷ 有效调查人数",
    en: "Satisfaction = satisfied respondents ÷ valid respondents",
  },
  options: {
    names: ["满意度$", "满意率$"],
    inputs: {
      satisfied: { name: { zh: "满意人数", en: "satisfied" }, labels: ["满意"], exclude: ["不满意"] },
      surveyed: {
        name: { zh: "有效调查人数", en: "valid respondents" },
        labels: ["调查", "问卷", "收回", "有效"],
        exclude: ["满意"],
      },
    },
    variants: [
      {
        name: { zh: "满意人数 ÷ 有效调查人数", en: "satisfied ÷ respondents" },
        formula: "satisfied / surveyed",
      },
    ],
  },
  examples: {
    valid: ["共发放问卷200份，收回有效问卷196份，其中满意190份，满意度96.94%。"],
    invalid: ["共发放问卷200份，收回有效问卷196份，其中满意190份，满意度95%。"],
  },
});
