import rule from "../../src/rules/consistency-unit-pair.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "本年度项目支出预算11108222.47元。\n经核实，项目支出预算1110.82万元已全部执行。",
    // 万元 and 亿元
    "全年一般公共预算拨款收入1.23亿元。\n其中一般公共预算拨款收入12345.67万元用于基本支出。",
    // thousands separators and a space before the unit
    "2023 年一般公共预算拨款支出 7,034,418.94 元。\n全年一般公共预算拨款支出703.44万元。",
  ],
  invalid: [
    {
      // a digit dropped from the amount in 元: the finding states the figure whose slip keeps its
      // written precision (1110.82万元 → 111.082 would move the point and add a decimal)
      text: "本年度项目支出预算1110822.47元。\n经核实，项目支出预算1110.82万元已全部执行。",
      findings: [
        {
          severity: "warning",
          at: "1110822.47元",
          expected: "11108200.00元",
          messageId: "unitPair",
          hint: "1110822.47→11108222.47",
        },
      ],
    },
    {
      // two digits swapped in the 万元 amount
      text: "本年度项目支出预算11108222.47元。\n经核实，项目支出预算1110.28万元已全部执行。",
      findings: [
        { severity: "warning", at: "1110.28万元", expected: "1110.82万元", hint: "1110.28→1110.82" },
      ],
    },
  ],
  ignored: [
    // far apart under one label: two different facts (the 县 and the 区), never compared
    "全县上级补助收入11.96亿元。\n区本级上级补助收入86万元。",
    // a change is not an amount that can be restated
    "同比增加21557.64元。\n同比增加2.16万元。",
    // different years
    "2022年项目支出预算1110822.47元。\n2023年项目支出预算1110.82万元。",
  ],
});
