import rule from "../../src/rules/table-unread.js";
import { runRuleTests } from "../helpers/rule-tester.js";

// A note-only rule: it records no relation, so its passing texts are `ignored` cases.
runRuleTests(rule, {
  valid: [],
  invalid: [
    {
      // a 决算表 whose row numbers and amounts ran together: noted at the first figure left unread
      text: "收入支出决算总表 金额单位:元 收入 项目 行次 金额 一、一般公共预算财政拨款收入 1 二、上级补助收入 2 三、事业收入 3 四、其他收入 4 8,122,315.04 9,628,965.89 1,003,618.46 5 6 7 8 9 10 11 12 本年收入合计 13 总计 14 18,754,899.39 18,754,899.39\n",
      findings: [{ severity: "info", at: "1", messageId: "unread" }],
    },
    {
      // an indicator table whose cells a converter scrambled
      text: "产出 指标 (50分 ) 实际 指标值 完成值 8755 分值 得分 偏差原因 8676 15 13 质量指标 指标1:资金纳入统筹 100% 100% 15 15 时效指标 指标1:及时纳 入 100% 100% 10 10 75元 75元 10 10 95% 95% 30 27 95% 95% 10 9 100 94 成本指标\n",
      findings: [{ severity: "info", at: "8755", messageId: "unread" }],
    },
  ],
  ignored: [
    "项目\t年初预算\t实际支出\t结余\n甲\t100\t90\t10\n乙\t50\t45\t5\n合计\t150\t135\t15\n",
    "(一)文化旅游体育与传媒支出类科目 850088.3 元, 占支出总预算 78.33%,同比减少 54357.12 元,下降 6.00 %。(二)社会保障和就业支出类科目 116433.12 元,占支出总预算 10.73%,同比增加 3024.5 元,增长 2.67 %。\n",
  ],
});
