import rule from "../../src/rules/score-from-rate.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_003, seedLines } from "../tables/seed.js";

const sheet = seedLines(SEED_003, 15, 48);
const outline = (score: string, rate: string, weight = "5") =>
  `1.预算执行情况，指标总分10分，自评得分9分。\n（1）预算执行率，指标总分${weight}分，自评得分${score}分。全年平均执行率为${rate}，按比例计分。\n（2）预算调整，指标总分5分，自评得分4.5分。`;

runRuleTests(rule, {
  valid: [
    // seed 003: 部门预算资金支出率, weight 5.00, score 4.5, "平均执行率为90%，按比例计分" (A7)
    { text: sheet, checks: 1 },
    outline("4.5", "90%"),
    // an integer score is the rate's product rounded to whole points: 90% × 5 = 4.5 may be written 4
    outline("4", "90%"),
    // rounding boundary: 92.31% × 5 = 4.6155, written 4.62 (indicators.md A8)
    outline("4.62", "92.31%"),
    // capped at full marks: 120% of the plan scores the weight
    { text: outline("5", "120%"), variant: "min(率, 100%) × 分值" },
  ],
  invalid: [
    {
      text: outline("4.2", "90%"),
      findings: [{ severity: "error", at: "4.2分", expected: "4.5分", messageId: "fromRate" }],
    },
    {
      // rounding boundary: 4.6155 cut to 4.61 instead of rounded to 4.62 is a note, not an error
      text: outline("4.61", "92.31%"),
      findings: [{ severity: "info", at: "4.61分", expected: "4.62分", messageId: "truncated" }],
    },
    {
      // one unit of the last digit past truncation: 4.60 is neither 4.6155 rounded nor cut
      text: outline("4.60", "92.31%"),
      findings: [{ severity: "error", at: "4.60分", expected: "4.62分", hint: "4.60→4.62" }],
    },
    {
      // the seed's row with the score changed: 90% × 5.00 = 4.5, not 4.2
      text: sheet.replace("\t4.5\t因为疫情原因", "\t4.2\t因为疫情原因"),
      findings: [{ severity: "error", at: "4.2", expected: "4.5" }],
    },
  ],
  ignored: [
    // a rule's thresholds are not a rate achieved: 高于150%减半得分或低于100%按比例计分
    "1.产出指标，指标总分10分，自评得分8.95分。部分指标实际完成值比年初目标值高于150%减半得分或低于100%按比例计分。\n2.效益指标，指标总分10分，自评得分10分。",
    // a rate without 按比例: the scoring rule is not stated, so nothing is recomputed
    "1.预算执行情况，指标总分10分，自评得分9分。\n（1）预算执行率，指标总分5分，自评得分4分。全年平均执行率为90%。\n（2）预算调整，指标总分5分，自评得分5分。",
  ],
});
