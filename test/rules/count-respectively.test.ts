import rule from "../../src/rules/count-respectively.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // seed 000: names with figures in brackets; the last value joined by 和
    "全市规上工业增加值增长5.4%，增速全省第三，比一季度（-8.8%）、上半年（-4.0%）、三季度（3.8%）分别提高14.2、9.4和1.6个百分点。",
    "园区规上工业总产值、规上工业增加值、签约项目数量、入园高新技术企业数量占全市比重分别为76.8%、70.9%、66%、62.4%，产业聚集作用日益增强。",
    // seed 002: 军民融合及新材料 is one chain (the values tell)
    "先进装备制造、轻纺制鞋、电子信息、农产品精深加工、生物医药、军民融合及新材料等产业链分别引进引进项目65个、40个、59个、39个、 23个、34个。",
    // two names joined by 和; 各是 and values separated by a comma
    "全市规上工业增加值和工业投资分别增长5.4%和9%。",
    "2022年度收、支总计各是4125.49,4143.91万元。",
  ],
  invalid: [
    {
      text: "综合法规科、人事科、办公室分别为1、2个。",
      findings: [
        { severity: "warning", at: "1、2个", expected: "3项", messageId: "respectively", hint: null },
      ],
    },
    {
      text: "先进装备制造、轻纺制鞋、电子信息、生物医药产业链分别引进项目65个、40个、59个。",
      findings: [{ severity: "warning", at: "65个、40个、59个", expected: "4项" }],
    },
    {
      text: "园区规上工业总产值、规上工业增加值占全市比重分别为76.8%、70.9%、66%。",
      findings: [{ severity: "warning", at: "76.8%、70.9%、66%", expected: "2项" }],
    },
  ],
  ignored: [
    // one value for every name: 分别 means "each"
    "对三个项目分别奖励10万元。",
    // 一、二季度 may be one or two names: never flagged
    "一、二季度和全年分别增长3%、4%、5%、6%。",
    // 和 inside a name other than the last: the split is unsure
    "规上工业总产值和增加值、固定资产投资分别增长5%、6%、7%、8%。",
    // no values after 分别
    "贴息资金按季度分别拨付农商行、邮储行。",
  ],
});
