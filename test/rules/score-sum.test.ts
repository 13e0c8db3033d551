import rule from "../../src/rules/score-sum.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_000, SEED_003, seedLines } from "../tables/seed.js";

const outline000 = seedLines(SEED_000, 191, 235);
const sheet003 = seedLines(SEED_003, 15, 48);

const threeLevels = (leaf: string) =>
  [
    "（二）指标分析",
    "1.产出指标，指标总分50分，自评得分47分。",
    "（1）数量指标，指标总分30分，自评得分28分。",
    "①完成项目数，分值20分，得分19分。",
    `②覆盖人数，分值10分，得分${leaf}分。`,
    "（2）质量指标，指标总分20分，自评得分19分。",
    "2.效益指标，指标总分50分，自评得分50分。",
    "（1）社会效益，指标总分50分，自评得分50分。",
    "（三）存在问题",
  ].join("\n");

/** A sheet that writes each level's weight beside its name: 二级指标 | 分值 | 三级指标 | 分值 | 得分. */
const sequenceSheet = (rows: readonly string[]) =>
  ["二级指标\t分值\t三级指标\t分值\t得分", ...rows].join("\n") + "\n";

runRuleTests(rule, {
  valid: [
    // the items of a summary sentence: 名称 N分，得分M分；… add up to the score stated before them
    {
      text: "经自评，本部门整体支出绩效自评得分为95.5分，等级为“优”。其中预算执行15分，得分14.5分；产出指标40分，得分39分；效益指标35分，得分33分；满意度指标10分，得分9分。",
      checks: 1,
    },
    // a 合计 row that repeats the full marks under each weight column: the score is its last number
    {
      text: "一级指标\t分值\t二级指标\t分值\t得分\n决策\t15\t项目立项\t10\t10\n\t\t绩效目标\t5\t4.5\n过程\t85\t资金管理\t85\t80\n合计\t100\t\t100\t94.5\n",
      checks: 4,
    },
    // three levels: ①② add up to （1）, （1）（2） to 1., weights and scores both
    { text: threeLevels("9"), checks: 6 },
    // sub-indicators that make up only part of their parent's weight: their weights stay within
    // it, and their scores are not summed
    {
      text: "1.产出指标，指标总分50分，自评得分45分。\n（1）数量指标，指标总分20分，自评得分20分。",
      checks: 1,
    },
    // seed 003: the 28 scores add up to 94.31; 履职效能 50 + 管理效率 50 = 100; and the eight
    // 二级指标 whose weights are written add up from their 三级指标 — 采购管理 10.00, written in
    // the middle of its group (a merged cell), is 1 + 1 + 3 + 2 + 1 + 0.5 + 1.5
    { text: sheet003, checks: 10 },
    // Word puts a merged parent in the first row of its group
    { text: sequenceSheet(["资产管理\t10.00\t资产配置\t4.00\t4", "\t\t资产盘点\t6.00\t5"]), checks: 1 },
    // rounding boundary: 28.25 + 19.5 = 47.75, written to one decimal 47.8
    {
      text: "1.产出指标，指标总分50分，自评得分47.8分。\n（1）数量指标，指标总分30分，自评得分28.25分。\n（2）质量指标，指标总分20分，自评得分19.5分。",
      checks: 2,
    },
    // the sections of a 项目支出绩效自评表 and its 合计 (devset 008's form)
    {
      text: [
        "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |",
        "总额 | 238.93 | 251.89 | 251.89 | 100.00% | 10 | 10 | |",
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
        "产出指标 | 数量指标 | 发放覆盖率 | = | 100 | % | 100 | 60 | 58 | |",
        "效益指标 | 社会效益指标 | 足额保障率 | = | 100 | % | 100 | 30 | 30 | |",
        "合计 | 100 | 98 | |",
      ].join("\n"),
      checks: 4,
    },
  ],
  invalid: [
    {
      text: "经自评，本部门整体支出绩效自评得分为95.5分，等级为“优”。其中预算执行15分，得分14.5分；产出指标40分，得分40分；效益指标35分，得分33分；满意度指标10分，得分9分。",
      findings: [{ severity: "error", at: "95.5分", expected: "96.5分", messageId: "totalScore" }],
    },
    {
      // seed 003 with 资产管理's weight changed: its six rows give 10.00, and every grouping of the
      // rows that fails least fails there (the rows above may join 整体效能, whose first rows write
      // no weight, but never make 11)
      text: sheet003.replace("资产管理\t10.00\t", "资产管理\t11.00\t"),
      findings: [{ severity: "error", at: "11.00", expected: "10.00", messageId: "childWeights" }],
    },
    {
      // a parent in the middle of its group (PDF) whose children do not add up
      text: sequenceSheet([
        "\t\t采购合同\t3.00\t3",
        "采购管理\t10.00\t采购活动\t2.00\t2",
        "\t\t采购内控\t1.00\t1",
      ]),
      findings: [{ severity: "error", at: "10.00", expected: "6.00" }],
    },
    {
      // seed 000: 2 + 21 + 10 + 7 = 40, stated 39; 4 + 11 + 10 + 5 = 30, stated 29.83; the total,
      // 20 + 39 + 10 + 29.83 + 1 (加分) = 99.83, holds
      text: outline000,
      findings: [
        { severity: "error", at: "39分", expected: "40分", messageId: "childScores" },
        { severity: "error", at: "29.83分", expected: "30.00分", messageId: "childScores" },
      ],
    },
    {
      // three levels down: ①② give 28, （1） says 27 … and 1. is then off too (27 + 19 ≠ 47)
      text: threeLevels("8"),
      findings: [{ severity: "error", at: "28分", expected: "27分", messageId: "childScores" }],
    },
    {
      text: sheet003.replace("94.31", "94.13"),
      findings: [
        { severity: "error", at: "94.13", expected: "94.31", messageId: "totalScore", hint: "94.13→94.31" },
      ],
    },
    {
      // one unit past that boundary
      text: "1.产出指标，指标总分50分，自评得分47.9分。\n（1）数量指标，指标总分30分，自评得分28.25分。\n（2）质量指标，指标总分20分，自评得分19.5分。",
      findings: [
        { severity: "error", at: "47.9分", expected: "47.8分", messageId: "childScores", hint: "47.9→47.8" },
      ],
    },
  ],
});
