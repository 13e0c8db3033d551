import rule from "../../src/rules/table-prose-total.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_000, seedLines } from "../tables/seed.js";

/** Seed 000's 绩效目标表 and the paragraph after it, which states the 项目收入. */
const seed = seedLines(SEED_000, 112, 170);
/** A column of amounts to 0.01万元. */
const threeRows = "项目名称\t预算金额/万元\n甲\t100.25\n乙\t50.50\n丙\t10.05\n";

runRuleTests(rule, {
  valid: [
    // 10000 + 180 + 500 + 100 + 1000 + 300 + 123.9 + 60 = 12263.90
    { text: seed, checks: 1 },
    // rounding boundary: 100.25 + 50.50 + 10.05 = 160.80, and three rows' ±0.005 each allow 160.82
    { text: `2020年项目收入为160.82万元，具体如下表：\n${threeRows}`, checks: 1 },
  ],
  invalid: [
    {
      text: seed.replace("项目收入为12263.90万元", "项目收入为12236.90万元"),
      findings: [
        { severity: "warning", at: "12236.90万元", expected: "12263.90万元", messageId: "columnSum" },
      ],
    },
    {
      // one unit past that boundary
      text: `2020年项目收入为160.83万元，具体如下表：\n${threeRows}`,
      findings: [{ severity: "warning", at: "160.83万元", expected: "160.80万元", hint: "160.83→160.80" }],
    },
  ],
  ignored: [
    // a sum the prose does not state, nor one slip away from it: no relation
    seed.replace("项目收入为12263.90万元", "项目收入为11985.22万元"),
  ],
});
