import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "unit/money-magnitude",
    type: "arithmetic",
    description: {
      zh: "金额数量级：总额与分项不符，而将其中一个“万元”（“亿元”）金额按“元”读取即相符时，指出该金额疑将元误标为万元",
      en: "Money magnitude: when a total and its parts do not add up, but would with one 万元 (亿元) amount read in 元, that amount was probably written in 元 and labelled 万元",
    },
    messages: {
      totalInYuan: {
        zh: "{{label}} {{stated}} 与分项之和 {{expected}}（{{formula}}）不符，按“元”读取则恰好相符：疑将元误标为{{unit}}",
        en: "{{label}} {{stated}} does not match its parts' sum {{expected}} ({{formula}}), but read in 元 it does: probably an amount in 元 labelled {{unit}}",
      },
      partInYuan: {
        zh: "{{label}} {{stated}} 按总额{{total}}应为 {{expected}}（{{formula}}），按“元”读取则恰好相符：疑将元误标为{{unit}}",
        en: "{{label}} {{stated}} should be {{expected}} by the total {{total}} ({{formula}}), but read in 元 it fits: probably an amount in 元 labelled {{unit}}",
      },
    },
    examples: {
      valid: ["“三公”经费预算1.5万元，其中：公务接待费5000元，公务用车运行维护费10000元。"],
      invalid: ["2023年收入预算9022500万元，其中：一般公共预算拨款872.25万元，政府性基金拨款30.00万元。"],
    },
  },
  check: { kind: "money-magnitude" },
});
