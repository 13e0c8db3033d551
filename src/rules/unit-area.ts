import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "unit/area",
    type: "presentation",
    description: {
      zh: "面积单位：厂房、办公用房、建筑面积等房屋面积不以平方千米（平方公里）计；数值达到10平方千米以上或同段其他房屋面积以平方米计时提出",
      en: "Area units: the floor space of buildings (厂房, 办公用房, 建筑面积 …) is not measured in 平方千米 / 平方公里; flagged from 10 km² up, or when the paragraph gives other building areas in 平方米",
    },
    messages: {
      areaUnit: {
        zh: "{{label}} {{stated}} 的单位不合理：房屋面积不以{{unit}}计，疑为 {{expected}}",
        en: "{{label}} {{stated}}: floor space is not measured in {{unit}}; probably {{expected}}",
      },
      areaUnitSibling: {
        zh: "{{label}} {{stated}} 的单位不合理：房屋面积不以{{unit}}计（同段“{{sibling}}”以平方米计），疑为 {{expected}}",
        en: "{{label}} {{stated}}: floor space is not measured in {{unit}} (the paragraph states “{{sibling}}” in 平方米); probably {{expected}}",
      },
    },
    examples: {
      valid: ["新增标准厂房面积128.93万平方米，预计全年建成标准化厂房150万平方米。"],
      invalid: ["新增标准厂房面积128.93万平方米，预计全年建成标准化厂房150万平方千米。"],
    },
  },
  check: { kind: "area-unit" },
});
