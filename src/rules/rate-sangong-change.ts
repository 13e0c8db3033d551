import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/sangong-change",
  description: {
    zh: "“三公”经费变动率 =（本年 − 上年）÷ 上年，有正负；变体按预算数",
    en: "Change of the “three public” expenses = (this year − last year) ÷ last year, signed",
  },
  options: {
    names: ["三公.{0,4}变动率$", "^变动率$"],
    context: "三公",
    inputs: {
      current: {
        name: { zh: "本年“三公”经费", en: "this year's expenses" },
        labels: ["本年", "当年", "20\\d\\d年度?.*(决算|支出)"],
        exclude: ["上年"],
      },
      previous: { name: { zh: "上年“三公”经费", en: "last year's expenses" }, labels: ["上年", "上一年"] },
    },
    variants: [
      {
        name: { zh: "(本年 − 上年) ÷ 上年", en: "(this − last) ÷ last" },
        formula: "(current - previous) / previous",
      },
    ],
  },
  examples: {
    valid: ["“三公”经费上年决算数32万元，本年决算数30.4万元，“三公”经费变动率-5%。"],
    invalid: ["“三公”经费上年决算数32万元，本年决算数30.4万元，“三公”经费变动率5%。"],
  },
});
