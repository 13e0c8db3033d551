/**
 * Table recovery, layout by layout: tab-separated rows, one cell per line, Markdown pipes, one
 * cell per `… |` line, a table run together on one line, HTML; merged headers, empty cells,
 * misaligned rows, a table split by a page break; and blocks that only look like tables.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/extract/normalize.js";
import { recoverTables, type Table } from "../../src/tables/index.js";

const recover = (text: string) => recoverTables(normalize(text));

/** Each data row as `col=text` pairs of its non-empty cells. */
function grid(t: Table): string[] {
  return t.rows.map((r) =>
    r.cells
      .filter((c) => c.kind !== "empty")
      .map((c) => `${c.col}=${c.text}`)
      .join(" "),
  );
}

const titles = (t: Table) => t.columns.map((c) => c.path.join(">"));
const roles = (t: Table) => t.columns.map((c) => c.role);

/** Every cell's span holds its text (markup aside) — offsets are the source of truth. */
function spansHold(text: string, tables: readonly Table[]): void {
  for (const t of tables)
    for (const r of [...t.header, ...t.rows])
      for (const c of r.cells) {
        expect(c.span.start).toBeGreaterThanOrEqual(0);
        expect(c.span.end).toBeLessThanOrEqual(text.length);
        if (t.layout === "html") continue;
        const written = text.slice(c.span.start, c.span.end).replace(/<\/?p>|&nbsp;/g, " ");
        expect(written.replace(/\s+/g, " ").trim()).toBe(c.text);
      }
}

describe("tab-separated rows", () => {
  const seed = readFileSync("fixtures/reports/003_c4e8127b72b77013.txt", "utf8");

  it("reads seed 003's budget header over three rows, merged cells continued", () => {
    const budget = recover(seed).find((t) => t.columns.some((c) => c.title.startsWith("总预算")))!;
    expect(budget.layout).toBe("tsv");
    expect(budget.header).toHaveLength(3);
    expect(titles(budget)[1]).toBe("年度预算资金类别>总预算 (万元)");
    expect(titles(budget)[4]).toBe("年度预算资金类别>部门预算>项目支出");
    expect(titles(budget)[11]).toBe("年度预算资金类别>事业发展支出(按预算级次划分)>对下转移支付");
    expect(budget.columns[1]!.unit?.unit).toBe("万元");
    expect(grid(budget)).toEqual([
      "1=303,054.14 2=14,225.14 4=7,357.27 6=238,331.68 8=43,140.05 10=193,807.00 11=87,664.73",
    ]);
  });

  it("reads seed 003's score sheet as its own table, with a weight column after each 级指标", () => {
    const sheet = recover(seed).find((t) => t.columns.some((c) => c.role === "score"))!;
    expect(roles(sheet).slice(0, 6)).toEqual(["label", "weight", "label", "weight", "label", "weight"]);
    expect(sheet.columns[10]!.title).toBe("得分/自评分");
    expect(sheet.rows).toHaveLength(30);
    // The total row and the grade row close it.
    expect(grid(sheet)[28]).toBe("0=总分 1=100 5=94.31");
    expect(sheet.rows[29]!.cells[0]!.text).toBe("评价等级");
    spansHold(normalize(seed), [sheet]);
  });

  it("continues a table over a page break and drops the header repeated after it", () => {
    const text =
      "项目名称\t年初预算/万元\t实际支出/万元\n甲\t100\t90\n乙\t50\t40\n\n- 2 -\n\n" +
      "项目名称\t年初预算/万元\t实际支出/万元\n丙\t10\t9\n合计\t160\t139\n";
    const [t, ...rest] = recover(text);
    expect(rest).toEqual([]);
    expect(grid(t!)).toEqual(["0=甲 1=100 2=90", "0=乙 1=50 2=40", "0=丙 1=10 2=9", "0=合计 1=160 2=139"]);
    expect(t!.rows.map((r) => r.breakBefore)).toEqual([false, false, true, false]);
    expect(t!.columns[1]!.unit?.unit).toBe("万元");
  });

  it("reads a merged header written as blank cells", () => {
    const text = "项目\t预算数\t\t执行数\t\n\t基本支出\t项目支出\t基本支出\t项目支出\n甲\t10\t50\t10\t40\n";
    const [t] = recover(text);
    expect(titles(t!)).toEqual([
      "项目",
      "预算数>基本支出",
      "预算数>项目支出",
      "执行数>基本支出",
      "执行数>项目支出",
    ]);
  });

  it("aligns a row that lost its cells by content, keeping an empty cell empty", () => {
    const text = "项目名称\t年初预算\t实际支出\t执行率\t备注\n甲\t100\t\t90.00%\t\n乙\t50\t100.00%\n";
    const [t] = recover(text);
    expect(grid(t!)).toEqual(["0=甲 1=100 3=90.00%", "0=乙 1=50 3=100.00%"]);
    expect(t!.rows.map((r) => r.realigned)).toEqual([false, true]);
  });

  it("reads the declared unit above a table", () => {
    const [t] = recover(
      "收入支出表\n金额单位：万元\n项目\t预算数\t决算数\n基本支出\t10\t9\n项目支出\t20\t18\n",
    );
    expect(t!.unit?.unit).toBe("万元");
    expect(t!.caption).toBe("金额单位：万元");
  });
});

describe("one cell per line", () => {
  const seed = readFileSync("fixtures/reports/000_fa781c69551907ec.txt", "utf8");
  const tables = recover(seed);

  it("reads both tables of seed 000 with their headers, units and captions", () => {
    expect(tables.map((t) => [t.layout, t.caption, t.rows.length])).toEqual([
      ["lines", "2020年部门整体支出绩效目标表", 8],
      ["lines", "2020年市级财政项目预算资金说明表", 8],
    ]);
    expect(roles(tables[1]!)).toEqual(["label", "initial", "allocated", "spent", "remark"]);
    expect(tables[1]!.columns.map((c) => c.unit?.unit ?? "")).toEqual(["", "万元", "万元", "万元", ""]);
    expect(tables[0]!.columns[3]!.title).toBe("预算投入的资金(万元)");
    spansHold(normalize(seed), tables);
  });

  it("keeps a tab alone as an empty cell, not a blank line", () => {
    expect(tables[1]!.rows[0]!.cells.map((c) => c.kind)).toEqual([
      "text",
      "number",
      "number",
      "number",
      "empty",
    ]);
    expect(grid(tables[1]!)[4]).toBe(
      "0=扶持企业技改和发展民营经济专项资金 1=10000 2=9927 3=9924 4=财政年末收回5万元",
    );
    expect(tables[1]!.rows.every((r) => !r.breakBefore)).toBe(true);
  });
});

describe("Markdown pipes", () => {
  it("reads a header above a separator and an empty cell", () => {
    const [t] = recover(
      "| 项目 | 年初预算 | 实际支出 |\n|---|---|---|\n| 甲 | 100 | 90 |\n| 乙 |  | 40 |\n| 合计 | 100 | 130 |\n",
    );
    expect(t!.layout).toBe("pipe");
    expect(titles(t!)).toEqual(["项目", "年初预算", "实际支出"]);
    expect(grid(t!)).toEqual(["0=甲 1=100 2=90", "0=乙 2=40", "0=合计 1=100 2=130"]);
  });

  it("reads rows without outer bars and a section title opening the header", () => {
    const text =
      "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n" +
      "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 说明 | |||\n" +
      "其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | ||||\n";
    const [t] = recover(text);
    expect(t!.caption).toBe("预算执行情况(10分)");
    expect(roles(t!)).toEqual(["label", "initial", "budget", "spent", "rate", "weight", "score", "remark"]);
    expect(grid(t!)[1]).toBe("0=其中:财政资金 1=0.00 2=3.36 3=3.36 4=100.00% 5=/ 6=/");
  });
});

describe("one cell per `… |` line", () => {
  it("cuts the cells into rows by their content (devset 008's form)", () => {
    const cells = [
      "预算执行情况(10分)",
      "年度预算数(万元)",
      "年初预算",
      "调整后预算数",
      "预算执行数",
      "预算执行率",
      "权重",
      "得分",
      "原因",
      "总额",
      "238.93",
      "251.89",
      "251.89",
      "100.00%",
      "10",
      "",
      "1.预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因",
      "其中:财政资金",
      "238.93",
      "251.89",
      "251.89",
      "100.00%",
      "/",
      "/",
      "其他资金",
      "",
      "",
      "/",
      "/",
      "评价结论",
      "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。",
    ];
    const [t, ...rest] = recover(cells.map((c) => `${c} |`).join("\n") + "\n");
    expect(rest).toEqual([]);
    expect(t!.layout).toBe("pipe-cells");
    expect(roles(t!)).toEqual(["label", "initial", "budget", "spent", "rate", "weight", "score", "remark"]);
    expect(grid(t!).slice(0, 2)).toEqual([
      "0=总额 1=238.93 2=251.89 3=251.89 4=100.00% 5=10 7=1.预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因",
      "0=其中:财政资金 1=238.93 2=251.89 3=251.89 4=100.00% 5=/ 6=/",
    ]);
  });
});

describe("a PDF form converted line by line into ragged `| … |` rows", () => {
  // A 项目支出绩效自评表 as converters leave it: a row holds the end of one table row, the next
  // table's header and its first row; the second header row (一级指标 …) follows the first.
  const text = [
    "| 项目名称 | 乡村学校营养餐补助资金 | 主管部门 | 县教育局 | 项目资金 (元) |",
    "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |",
    "| 520000.00 | 498000.00 | 10 | 96% | 9.6 | 其中:当年财政 拨款 |",
    "| 520000.00 | 498000.00 | — |",
    "| — | 其他资金 | — | — | — | — |",
    "| — | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 受助学生人数 | ≧ | 1200 | 人 | 1230 | 30 | 30 |",
    "| 质量指标 | 供餐合格率 | ═ | 100 | % | 100% | 30 | 28 |",
    "| 满意度指标 | 家长满意度 | ≧ | 90 | % | 95% | 30 | 30 |",
    "| 其他需要说明事项 | 无 | 总分 | 100 | 97.6 | 优 |",
  ].join("\n");

  it("reads the rows as a stream of cells and puts the second header row under the first", () => {
    const tables = recover(text);
    const funds = tables.find((t) => t.columns.some((c) => c.role === "rate"))!;
    const indicators = tables.find((t) => t.columns.some((c) => c.role === "remark"))!;
    expect(funds.layout).toBe("pipe-cells");
    expect(roles(funds)).toEqual(["label", "initial", "budget", "spent", "weight", "rate", "score"]);
    // The blank 年初预算数 was dropped: the row's weight, rate and score pin the amounts before them.
    expect(grid(funds)[0]).toBe("0=年度资金总额 2=520000.00 3=498000.00 4=10 5=96% 6=9.6");
    // The 其中 row below lost the same blank cell: its amounts sit where the row above put them.
    expect(grid(funds)[1]).toBe("0=其中:当年财政 拨款 2=520000.00 3=498000.00 4=— 5=—");
    expect(titles(indicators)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "指标性质",
      "指标值",
      "度量单位",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    expect(grid(indicators)).toEqual([
      "0=产出指标 1=数量指标 2=受助学生人数 3=≧ 4=1200 5=人 6=1230 7=30 8=30",
      "1=质量指标 2=供餐合格率 3=═ 4=100 5=% 6=100% 7=30 8=28",
      "1=满意度指标 2=家长满意度 3=≧ 4=90 5=% 6=95% 7=30 8=30",
      "0=其他需要说明事项 1=无",
      "5=总分 7=100 8=97.6",
    ]);
    spansHold(normalize(text), tables);
  });

  it("keeps a regular pipe table as rows", () => {
    const regular = "| 项目 | 年初预算 | 实际支出 |\n| 甲 | 10 | 9 |\n| 乙 | 5 | 5 |\n";
    const [t] = recover(regular);
    expect(t!.layout).toBe("pipe");
  });
});

describe("a table run together on one line", () => {
  it("finds the header titles and cuts the rows (devset 014's 项目支出绩效自评表)", () => {
    const text =
      "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金90万元。\n";
    const [t] = recover(text);
    expect(t!.layout).toBe("flat");
    expect(roles(t!)).toEqual(["label", "initial", "budget", "spent", "weight", "rate", "score"]);
    expect(t!.columns[0]!.unit?.unit).toBe("万元");
    expect(grid(t!)).toEqual([
      "0=年度资金总额: 1=0 2=0 3=0 4=10 5=0 6=0",
      "0=其中:本年财政拨款 1=90 2=89.974 3=89.974",
    ]);
  });

  it("pins a row's weight and score under 分值 and 得分 when its first cells were merged away", () => {
    const text =
      "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 项目数量 ≥50个 50 8 8 质量指标 报告合格率 ≥100百分比 100 8 8 经费支出合规性 严格执行相关制度规定 达成预期指标 8 8\n";
    const [t] = recover(text);
    expect(grid(t!)).toEqual([
      "0=产出指标(50分) 1=数量指标 2=项目数量 3=≥50个 4=50 5=8 6=8",
      "1=质量指标 2=报告合格率 3=≥100百分比 4=100 5=8 6=8",
      "0=经费支出合规性 1=严格执行相关制度规定 2=达成预期指标 5=8 6=8",
    ]);
  });
});

describe("HTML", () => {
  it("places cells on the grid colspan and rowspan define", () => {
    const text =
      '<table><tr><th>项目</th><th colspan="2">预算</th><th>备注</th></tr><tr><th></th><th>年初</th><th>调整后</th><th></th></tr>' +
      '<tr><td rowspan="2">甲</td><td>100</td><td>120</td><td>追加20万元</td></tr><tr><td>5</td><td><p>6</p></td><td></td></tr>' +
      "<tr><td>合计</td><td>105</td><td>126</td><td>&nbsp;</td></tr></table>";
    const [t] = recover(text);
    expect(t!.layout).toBe("html");
    expect(titles(t!)).toEqual(["项目", "预算>年初", "预算>调整后", "备注"]);
    expect(grid(t!)).toEqual(["0=甲 1=100 2=120 3=追加20万元", "1=5 2=6", "0=合计 1=105 2=126"]);
    const six = t!.rows[1]!.cells.find((c) => c.text === "6")!;
    expect(text.slice(six.span.start, six.span.end)).toBe("<p>6</p>");
  });
});

describe("blocks that only look like tables", () => {
  it("gives no table for a lone tab, a pair of words or prose with bars", () => {
    expect(recover("一\t二\n这是一段普通文字，不是表格。\n")).toEqual([]);
    expect(recover("见附件|附表\n")).toEqual([]);
    expect(recover("<table><tr><td>only one row</td></tr></table>")).toEqual([]);
  });

  it("never throws, and every cell it finds lies in the text", () => {
    const piece = fc.constantFrom(
      "<p>",
      "</p>",
      "\t",
      "|",
      " | ",
      "\n",
      "\n\n",
      "合计",
      "分值",
      "得分",
      "年初预算",
      "100",
      "3.5",
      "—",
      "<td>",
      "</tr>",
      "<table>",
      "- 2 -",
      "(10分)",
      "≥5个",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = normalize(parts.join(""));
        spansHold(
          text,
          recoverTables(text).filter((t) => t.layout !== "html"),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("cells left as <p> runs", () => {
  it("reads the number inside `<p>…</p>` and keeps the span over the markup", () => {
    const text = "项目\t年初预算\t实际支出\n甲\t<p>100</p>\t<p>90</p><p></p>\n合计\t100\t90\n";
    const [t] = recover(text);
    expect(grid(t!)).toEqual(["0=甲 1=100 2=90", "0=合计 1=100 2=90"]);
    const c = t!.rows[0]!.cells[1]!;
    expect(c.kind).toBe("number");
    expect(text.slice(c.span.start, c.span.end)).toBe("<p>100</p>");
  });
});
