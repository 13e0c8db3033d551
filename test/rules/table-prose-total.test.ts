import rule from "../../src/rules/table-prose-total.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_000, seedLines } from "../tables/seed.js";

/** Seed 000's 绩效目标表 and the paragraph after it, which states the 项目收入. */
const seed = seedLines(SEED_000, 112, 170);

runRuleTests(rule, {
  valid: [
    // 10000 + 180 + 500 + 100 + 1000 + 300 + 123.9 + 60 = 12263.90
    { text: seed, checks: 1 },
  ],
  invalid: [
    {
      text: seed.replace("项目收入为12263.90万元", "项目收入为12236.90万元"),
      findings: [
        { severity: "warning", at: "12236.90万元", expected: "12263.90万元", messageId: "columnSum" },
      ],
    },
  ],
  ignored: [
    // a sum the prose does not state, nor one slip away from it: no relation
    seed.replace("项目收入为12263.90万元", "项目收入为11985.22万元"),
  ],
});
