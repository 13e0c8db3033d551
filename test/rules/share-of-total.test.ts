import rule from "../../src/rules/share-of-total.js";
import { runRuleTests } from "../helpers/rule-tester.js";

runRuleTests(rule, {
  valid: [
    // the total named after 占 as written (本年支出合计), not the nearer amount whose core is also 支出
    "本年支出合计3,011.73万元，其中：基本支出2,456.21万元，占81.55%；项目支出555.52万元，占18.45%。\n（一）总体情况：2023年度一般公共预算财政拨款支出2,890.12万元，占本年支出合计的95.96%。",
    // 完成预算的…: the part's own budget, stated in its sentence
    "2023年度“三公”经费预算为20.00万元，支出决算为18.65万元，完成预算的93.25%。",
    // rounding boundary: 7 ÷ 8 = 87.5 % exactly rounds half up to 88 %
    "共开展8个项目，其中7个项目已完成，占88%。",
    // seed 001: the total is the sentence's 支出预算, not named after 占
    "2023年支出预算902.25万元，其中：一般公共预算拨款872.25万元，政府性基金拨款30.00万元。支出预算按用途划分，基本支出预算453.95万元，占50.31%。",
    // seed 002: the total named after 占 (全年总支出) matched by label to 本年总支出
    "本年总支出2,851万元。2020年度财政拨款基本支出858万元，占全年总支出的30.1%。",
    "本年收入合计4125.49万元,其中:一般公共预算财政拨款收入3859.16万元,占93.54%;其他收入266.33万元,占6.46%。",
    // rounding boundary: 50.02 ÷ 400.00 = 12.505% exactly, rounded half up 12.51%
    "本年支出合计400.00万元,其中:基本支出50.02万元,占12.51%。",
    // completion against a plan named after 完成
    "其中2020年计划投资158.91亿元，截至12月底，已完成投资169.66亿元，完成全年投资计划的106.8%。",
    // the total stated in a later section; a line broken inside the name (PDF text)
    "(一)教育支出类科目 5,806,105.16 元,占支出总预算\n82.27%。\n四、总体情况\n2023 年财政拨款收支总预算 7,057,486.18 元。",
  ],
  invalid: [
    {
      // a plan in 公里 stated in the targets' section; 108.18% is no single slip from 101.88%, and
      // 102.18% (one digit, within the kilometres' rounding) is not offered as what it should read
      text: "（二）绩效目标。计划完成农村公路养护里程320公里。\n（一）产出指标。全年实际完成养护里程326公里，完成计划的108.18%。",
      findings: [{ severity: "error", at: "108.18%", expected: "101.88%", hint: null }],
    },
    {
      text: "本年支出合计3,011.73万元，其中：基本支出2,456.21万元，占81.55%；项目支出555.52万元，占18.45%。\n（一）总体情况：2023年度一般公共预算财政拨款支出2,890.12万元，占本年支出合计的95.69%。",
      findings: [{ severity: "error", at: "95.69%", expected: "95.96%", hint: "95.69→95.96" }],
    },
    {
      // 87.5 % exactly is not 87 %: a written 87 % excludes its upper bound; cut, not rounded (info)
      text: "共开展8个项目，其中7个项目已完成，占87%。",
      findings: [{ severity: "info", at: "87%", expected: "88%", messageId: "truncated" }],
    },
    {
      // seed 002: 1993 ÷ 2851 = 69.9 %, not 69.1 %
      text: "本年总支出2,851万元。2020年度专项资金共支出1993万元，占总支出的69.1%。",
      findings: [{ severity: "error", at: "69.1%", expected: "69.9%", hint: "69.1→69.9" }],
    },
    {
      text: "2022年本年支出合计4143.91万元,其中:基本支出1140.27万元,占27.52%;项目支出3003.64万元,占74.48%。",
      findings: [{ severity: "warning", at: "74.48%", expected: "72.48%", hint: "74.48→72.48" }],
    },
    {
      // one unit past that boundary
      text: "本年支出合计400.00万元,其中:基本支出50.02万元,占12.52%。",
      findings: [{ severity: "warning", at: "12.52%", expected: "12.51%", hint: "12.52→12.51" }],
    },
  ],
  unverifiable: [
    // a list of parts, each with its share: the one before is a sibling, never the total
    {
      text: "（二）结构情况：一般公共服务支出2,456.37万元，占84.99%；社会保障和就业支出298.45万元，占10.33%。",
      at: "10.33%",
    },
    // 完成预算的…: a budget stated elsewhere in the report is not this figure's own
    {
      text: "一般公共预算财政拨款支出年初预算为2,750.00万元。\n2023年度“三公”经费财政拨款支出决算为18.65万元，完成预算的93.25%。",
      at: "93.25%",
    },
    // a named total the text does not state is never replaced by a guess
    { text: "1-11月全市重大产品创新项目完成投资32.6004亿元，占年度计划的148.66%。", at: "148.66%" },
    { text: "全市省级以上工业园区规上工业增加值328.64亿元（预计全年438亿元），占全市的70.9%。", at: "70.9%" },
  ],
  ignored: ["工业增加值占GDP比重达24.1%，同比提高0.3个百分点。"],
});
