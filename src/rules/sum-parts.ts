import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "sum/parts",
    type: "arithmetic",
    description: {
      zh: "总额与其中各项（其中 / 包括 / 由…组成 / 括号内分项）：分项之和等于总额，部分列举不超过总额",
      en: "A total and its parts (其中 / 包括 / 由…组成 / a parenthesised breakdown): the parts add up to the total; a partial list does not exceed it",
    },
    messages: {
      partsSum: {
        zh: "{{label}} 各分项之和为 {{expected}}（{{formula}}），报告总额为 {{stated}}",
        en: "The parts of {{label}} add up to {{expected}} ({{formula}}); the report states {{stated}}",
      },
      partsShort: {
        zh: "{{label}} 所列分项之和为 {{expected}}（{{formula}}），少于报告总额 {{stated}}；若并非完整列举请忽略",
        en: "The listed parts of {{label}} add up to {{expected}} ({{formula}}), less than the stated {{stated}}; ignore if the list is not exhaustive",
      },
      partsExceed: {
        zh: "{{label}} 的部分分项之和 {{expected}}（{{formula}}）已超过总额 {{stated}}",
        en: "Parts of {{label}} already add up to {{expected}} ({{formula}}), more than the total {{stated}}",
      },
    },
  },
  check: { kind: "parts" },
});
