import rule from "../../src/rules/unit-area.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    "12、“园区强基”进展较好。新增标准厂房面积128.93万平方米，预计全年建成标准化厂房150万平方米。",
    "预计工业园区基础设施投入113亿元，新建标准厂房面积142万平方米，为企业减免税收6亿元。",
  ],
  invalid: [
    {
      // seed 002
      text: "12、“园区强基”进展较好。新增标准厂房面积128.93万平方米，预计全年建成标准化厂房150万平方千米。",
      findings: [
        {
          severity: "warning",
          at: "150万平方千米",
          expected: "150万平方米",
          messageId: "areaUnitSibling",
          hint: null,
        },
      ],
    },
    {
      text: "全市建成标准厂房总建筑面积15平方公里。",
      findings: [{ severity: "warning", at: "15平方公里", expected: "15平方米", messageId: "areaUnit" }],
    },
  ],
  ignored: [
    // land, not floor space
    "园区规划面积15平方公里。",
    "省级以上核准面积17.67万亩，面积超万亩园区4个。",
    // a small area in km² with no building area in m² nearby: not sure enough
    "办公用房建筑面积2.3平方公里。",
  ],
});
