import rule from "../../src/rules/unit-money-magnitude.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // amounts in 元 and 万元 that add up
    "“三公”经费预算1.5万元，其中：公务接待费5000元，公务用车运行维护费10000元。",
    "2023年财政拨款收支总预算705.75万元，其中：一般公共预算拨款7,034,418.94元、上年结转结余23,067.24元。",
  ],
  invalid: [
    {
      text: "2023年收入预算9022500万元，其中：一般公共预算拨款872.25万元，政府性基金拨款30.00万元。",
      findings: [{ severity: "warning", at: "9022500万元", expected: "902万元", messageId: "totalInYuan" }],
    },
    {
      text: "2023年收入预算902.25万元，其中：一般公共预算拨款8722500万元，政府性基金拨款30.00万元。",
      findings: [{ severity: "warning", at: "8722500万元", expected: "872万元", messageId: "partInYuan" }],
    },
  ],
  ignored: [
    // parts that add up in one unit: nothing about magnitudes to say
    "2023年收入预算902.25万元，其中：一般公共预算拨款872.25万元，政府性基金拨款30.00万元。",
    // parts that do not add up, and no reading in 元 helps: the sum rule's business
    "2023年收入预算902.25万元，其中：一般公共预算拨款872.25万元，政府性基金拨款36.00万元。",
  ],
});
