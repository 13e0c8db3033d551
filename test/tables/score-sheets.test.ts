/**
 * Score sheets read from prose outlines and from tables, and the grades a report states.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { D } from "../../src/checks/decimal.js";
import { analyze } from "../../src/extract/index.js";
import {
  type Band,
  bandFor,
  bandOf,
  checkedGrades,
  legendBands,
  proseGrades,
  upperOf,
} from "../../src/tables/grades.js";
import { outlineSheets } from "../../src/tables/outline.js";
import type { ScoreItem, ScoreSheet } from "../../src/tables/score-model.js";
import { tableSheets } from "../../src/tables/score-table.js";

function sheets(text: string): ScoreSheet[] {
  const a = analyze(text);
  return [...outlineSheets(a.norm, a.segments, a.figures), ...tableSheets(a.tables, a.norm, a.figures)];
}

/** `name w/s` per item, children indented. */
function tree(items: readonly ScoreItem[], indent = ""): string[] {
  return items.flatMap((x) => [
    `${indent}${x.name} ${x.weight?.digits ?? "·"}/${x.score?.digits ?? "·"}${x.bonus ? " +" : ""}`,
    ...tree(x.children, indent + "  "),
  ]);
}

describe("outlines", () => {
  it("nests 1. → （1） → ① three levels deep; a parent's children are only the next level inside it", () => {
    const text = [
      "（二）指标分析",
      "1.产出指标，指标总分50分，自评得分47分。",
      "（1）数量指标，指标总分30分，自评得分28分。",
      "①完成项目数，分值20分，得分19分。",
      "②覆盖人数，分值10分，得分9分。",
      "（2）质量指标，指标总分20分，自评得分19分。",
      "2.效益指标，指标总分50分，自评得分50分。",
      "（3）工作表现加分 1 分。",
      "（三）存在问题",
      "1.少部分资金分配支付进度迟缓。",
    ].join("\n");
    const [s, ...rest] = sheets(text);
    expect(rest).toEqual([]);
    expect(tree(s!.items)).toEqual([
      "产出指标 50/47",
      "  数量指标 30/28",
      "    完成项目数 20/19",
      "    覆盖人数 10/9",
      "  质量指标 20/19",
      "效益指标 50/50",
      "  工作表现 ·/1 +",
    ]);
    expect(s!.nested).toBe(true);
  });

  it("reads seed 000's outline with its 加分 and the total stated before it", () => {
    const [s] = sheets(readFileSync("fixtures/reports/000_fa781c69551907ec.txt", "utf8"));
    expect(s!.source).toBe("outline");
    expect(
      s!.items.map((x) => `${x.name} ${x.weight?.digits}/${x.score?.digits} ${x.children.length}`),
    ).toEqual([
      "预算编制情况 20/20 2",
      "预算执行情况 40/39 4",
      "预算监督情况 10/10 2",
      "预算执行效益 30/29.83 5",
    ]);
    expect(s!.total?.score?.raw).toBe("99.83分");
    expect(s!.items[3]!.children[4]!.bonus).toBe(true);
  });

  it("makes no sheet of an outline without scores", () => {
    expect(sheets("1.加强预算执行管理。\n2.加强业务培训，提高业务水平。\n")).toEqual([]);
  });
});

describe("tables", () => {
  it("reads seed 003's sheet by sequence: the last number is the score, the first of three the top weight", () => {
    const [s] = sheets(readFileSync("fixtures/reports/003_c4e8127b72b77013.txt", "utf8"));
    expect(s!.source).toBe("table");
    expect(s!.nested).toBe(false);
    expect(s!.leaves).toHaveLength(28);
    expect(s!.topWeights?.map((f) => f.digits)).toEqual(["50.00", "50.00"]);
    expect([s!.total?.weight?.digits, s!.total?.score?.digits]).toEqual(["100", "94.31"]);
    expect(s!.grade?.word).toBe("优");
    expect(s!.bands?.map((b) => `${b.grade}${b.min ?? ""}`)).toEqual(["优90", "良80", "中60", "差"]);
    expect(s!.leaves.find((x) => x.name === "采购政策效能")).toMatchObject({
      weight: { digits: "1.00" },
      score: { digits: "0.94" },
    });
  });

  it("groups rows under section titles, over the two tables of one form (devset 008's form)", () => {
    const text = [
      "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |",
      "总额 | 238.93 | 251.89 | 251.89 | 100.00% | 10 | 10 | |",
      "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
      "产出指标 | 数量指标 | 发放覆盖率 | = | 100 | % | 100 | 60 | 58 | |",
      "效益指标 | 社会效益指标 | 足额保障率 | = | 100 | % | 100 | 30 | 30 | |",
      "合计 | 100 | 98 | |",
    ].join("\n");
    const [s] = sheets(text);
    expect(tree(s!.items)).toEqual([
      "预算执行情况 10/·",
      "  总额 10/10",
      "绩效指标 90/·",
      "  产出指标 60/58",
      "  效益指标 30/30",
    ]);
    expect([s!.total?.weight?.digits, s!.total?.score?.digits]).toEqual(["100", "98"]);
  });
});

describe("grades", () => {
  const bands: Band[] = [
    { grade: "优", min: new D(90), synonyms: ["优秀"] },
    { grade: "良", min: new D(80), synonyms: ["良好"] },
    { grade: "中", min: new D(60), synonyms: ["合格"] },
    { grade: "差", min: null, synonyms: [] },
  ];

  it("bands: ≥ lower bound, the band above bounds it", () => {
    expect(bandFor(new D("90"), bands)?.grade).toBe("优");
    expect(bandFor(new D("89.99"), bands)?.grade).toBe("良");
    expect(bandFor(new D("59.5"), bands)?.grade).toBe("差");
    expect(bandOf("优秀", bands)?.grade).toBe("优");
    expect(upperOf(bands[1]!, bands)?.toFixed()).toBe("90");
    expect(upperOf(bands[3]!, bands)?.toFixed()).toBe("60");
  });

  it("reads ticked checkboxes and a legend of bands", () => {
    const row =
      '<input checked="" type="checkbox"/> 优 90分≤得分≤100分； <input type="checkbox"/> 良 80分≤得分<90分； <input type="checkbox"/> 中 60分≤得分<80分； <input type="checkbox"/> 差 得分<60分';
    expect(checkedGrades(row, 0, row.length).map((g) => g.word)).toEqual(["优"]);
    expect(checkedGrades("□优 ☑良 □中 □差", 0, 11).map((g) => g.word)).toEqual(["良"]);
    expect(legendBands(row)?.map((b) => `${b.grade}${b.min ?? ""}`)).toEqual(["优90", "良80", "中60", "差"]);
  });

  it("finds the total a prose grade refers to, across a page's blank line", () => {
    const text =
      "我局自评分数为100分, 绩效等级\n\n为优。2020年我局绩效考核为优。自评得分为94分，自评等级为优秀。";
    const a = analyze(text);
    expect(proseGrades(a.norm, a.figures).map((g) => `${g.word}:${g.total?.raw}`)).toEqual([
      "优:100分",
      "优秀:94分",
    ]);
  });
});
