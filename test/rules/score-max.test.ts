import rule from "../../src/rules/score-max.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_003, seedLines } from "../tables/seed.js";

const sheet = seedLines(SEED_003, 15, 48);

runRuleTests(rule, {
  valid: [
    // seed 003: every one of the 26 rows with a weight scores within it (0.94 ≤ 1.00, 0.5 ≤ 1.50 …)
    { text: sheet, checks: 26 },
    "1.预算编制情况，指标总分20分，自评得分20分。\n（1）预算编制，指标总分12 分，自评得分12分。\n（2）目标设置，指标总分8分，自评得分7.5分。",
    // an indicator table run together on one line: weight and score pinned under 分值 and 得分
    {
      text: "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 项目数量 ≥50个 50 8 8 质量指标 报告合格率 ≥100% 100 8 7.5\n",
      checks: 2,
    },
    // rounding boundary: a score equal to its weight, however many decimals it is written with
    "1.预算编制情况，指标总分20分，自评得分20分。\n（1）预算编制，指标总分12分，自评得分12.00分。",
  ],
  invalid: [
    {
      // an item of a summary sentence scored over its weight
      text: "其中预算执行15分，得分14.5分；产出指标40分，得分41分；效益指标35分，得分33分。",
      findings: [{ severity: "error", at: "41分", expected: "40分", messageId: "exceeds" }],
    },
    {
      text: "1.预算编制情况，指标总分20分，自评得分20分。\n（1）预算编制，指标总分12分，自评得分13分。\n（2）目标设置，指标总分8分，自评得分7分。",
      findings: [{ severity: "error", at: "13分", expected: "12分", messageId: "exceeds" }],
    },
    {
      // one unit of the score's last digit over the weight is over
      text: "1.预算编制情况，指标总分20分，自评得分20分。\n（1）预算编制，指标总分12分，自评得分12.01分。",
      findings: [
        { severity: "error", at: "12.01分", expected: "12.00分", messageId: "exceeds", hint: "12.01→12.00" },
      ],
    },
    {
      // a score of 1 against a weight of 0.50 is over, however 1 is rounded
      text: sheet.replace(
        "⇥0.50⇥反映采购意向公开完整性、及时性情况。⇥0.5".replace(/⇥/g, "\t"),
        "\t0.50\t反映采购意向公开完整性、及时性情况。\t1",
      ),
      findings: [{ severity: "error", at: "1", expected: "0.50" }],
    },
  ],
});
