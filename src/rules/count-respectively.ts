import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "count/respectively",
    type: "consistency",
    description: {
      zh: "“分别”列表：“分别”之前列出的名称与其后的数值个数相同（A、B、C分别为1、2、3个）",
      en: "分别 lists: as many values after 分别 as names before it (A、B、C分别为1、2、3个)",
    },
    messages: {
      respectively: {
        zh: "“分别”之前列出 {{names}} 项（{{listed}}），其后却有 {{values}} 个数值（{{stated}}）",
        en: "分别 follows {{names}} names ({{listed}}) but precedes {{values}} values ({{stated}})",
      },
    },
    examples: {
      valid: [
        "全市规上工业增加值增长5.4%，比一季度（-8.8%）、上半年（-4.0%）、三季度（3.8%）分别提高14.2、9.4和1.6个百分点。",
        "园区规上工业总产值、规上工业增加值、签约项目数量、入园高新技术企业数量占全市比重分别为76.8%、70.9%、66%、62.4%。",
      ],
      invalid: ["先进装备制造、轻纺制鞋、电子信息、生物医药产业链分别引进项目65个、40个、59个。"],
    },
  },
  check: { kind: "respectively" },
});
