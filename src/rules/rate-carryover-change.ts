import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/carryover-change",
  description: {
    zh: "结转结余变动率（存量资金效率性）=（本年末结转结余 − 上年末结转结余）÷ 上年末结转结余，有正负",
    en: "Change of the carry-over = (this year's − last year's) ÷ last year's, signed",
  },
  options: {
    names: ["结转结余变动率$", "存量资金效率性$", "存量资金压减率$"],
    inputs: {
      current: {
        name: { zh: "本年末结转结余", en: "this year's carry-over" },
        labels: ["本年.*(结转|结余|存量)", "当年.*(结转|结余|存量)", "年末.*(结转|结余|存量)"],
        exclude: ["上年", "上一年"],
      },
      previous: {
        name: { zh: "上年末结转结余", en: "last year's carry-over" },
        labels: ["上年.*(结转|结余|存量)", "上一年.*(结转|结余|存量)"],
      },
    },
    variants: [
      {
        name: { zh: "(本年 − 上年) ÷ 上年", en: "(this − last) ÷ last" },
        formula: "(current - previous) / previous",
      },
    ],
  },
  examples: {
    valid: ["上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率-25.42%。"],
    invalid: ["上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率25.42%。"],
  },
});
