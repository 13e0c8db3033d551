/** Figures as a reader sees them in real sentences: value, unit, precision, span and label. */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/extract/index.js";

interface Row {
  text: string;
  /** raw|digits|unit|kind|decimals|label for each figure, in order; "" for none. */
  figures: string[];
}

const rows: Row[] = [
  {
    text: "实际到位预算为14631.38万元，其中基本收入为2646.16万元，项目收入为11985.22万元；",
    figures: [
      "14631.38万元|14631.38|万元|money|2|实际到位预算",
      "2646.16万元|2646.16|万元|money|2|基本收入",
      "11985.22万元|11985.22|万元|money|2|项目收入",
    ],
  },
  {
    text: "2020年度收入5,296万元，比上年1171万元增加4,125万元，增长352.13%；",
    figures: [
      "5,296万元|5296|万元|money|0|2020年度收入",
      "1171万元|1171|万元|money|0|比上年",
      "4,125万元|4125|万元|money|0|增加",
      "352.13%|352.13|%|percent|2|增长",
    ],
  },
  // signs in parentheses, a unit written once for a list
  {
    text: "比一季度（-8.8%）、上半年（-4.0%）分别提高14.2、9.4个百分点",
    figures: [
      "-8.8%|-8.8|%|percent|1|比一季度",
      "-4.0%|-4.0|%|percent|1|上半年",
      "14.2|14.2|个百分点|points|1|提高",
      "9.4个百分点|9.4|个百分点|points|1|",
    ],
  },
  // a space PDF extraction leaves before the unit; full-width digits
  {
    text: "预算 189 万元，实际拨付１３９．５万元",
    figures: ["189 万元|189|万元|money|0|预算", "１３９．５万元|139.5|万元|money|1|实际拨付"],
  },
  // Chinese numerals for counts; years, dates, document numbers and list markers are not figures
  {
    text: "机关设十四个内设机构，（湛财绩〔2021〕5号）2021年6月16日。",
    figures: ["十四个|14|个|count|-1|机关设"],
  },
  { text: "1、成立自评小组；2、将自评数据表分发；（3）办公室汇总。", figures: [] },
  {
    text: "1.2020年初市级财政局安排我局部门预算为14204.95万元",
    figures: ["14204.95万元|14204.95|万元|money|2|1.2020年初市级财政局安排我局部门预算"],
  },
  // approximations are marked, counts with 万 keep their scale
  {
    text: "累计建成7.64万座，投放口罩1300余万只，超2300亿元",
    figures: [
      "7.64万座|7.64|万座|count|2|累计建成",
      "1300余万只|1300|万只|count|0|投放口罩",
      "2300亿元|2300|亿元|money|0|超",
    ],
  },
  // a bare amount among 万元 figures takes their unit; an operand of a formula does not
  {
    text: "已分配/支出41071.78，省财政统筹收回2701万元。实际支出数为6143.36+139869.43=146012.79元",
    figures: [
      "41071.78|41071.78|万元|money|2|已分配/支出",
      "2701万元|2701|万元|money|0|省财政统筹收回",
      "6143.36|6143.36||plain|2|实际支出数",
      "139869.43|139869.43||plain|2|",
      "146012.79元|146012.79|元|money|2|",
    ],
  },
];

describe("figures in real sentences", () => {
  for (const row of rows) {
    it(row.text, () => {
      const got = analyze(row.text).figures.map((f) => {
        expect(row.text.slice(f.span.start, f.span.end)).toBe(f.raw);
        return [f.raw, f.digits, f.unit, f.kind, f.decimals, f.label].join("|");
      });
      expect(got).toEqual(row.figures);
    });
  }

  it("keeps exact decimal values, never binary floats", () => {
    const [f] = analyze("结转1049567.64元").figures;
    expect(f!.value.toFixed()).toBe("1049567.64");
    const [g] = analyze("合计0.1万元").figures;
    expect(g!.value.plus("0.2").toFixed()).toBe("0.3");
  });

  it("joins a line that only wraps (PDF text) but not a heading", () => {
    const a = analyze(
      "(二)社会保障和就业支出类科目 116433.12 元,占支\n出总预算 10.73 %,同比增加 16803.36 元。\n一、基本情况\n收入 5 万元。",
    );
    expect(a.segments.softBreaks.length).toBe(1);
    const pct = a.figures.find((f) => f.unit === "%")!;
    expect(pct.sentence).toBe(a.figures[0]!.sentence);
    expect(a.segments.paragraphs.length).toBe(3);
  });
});
