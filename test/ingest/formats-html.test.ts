/** htmlToText and gridLines: blocks as lines, tables as TAB-separated rows, tolerant parsing. */
import { describe, expect, it } from "vitest";
import { gridLines, htmlToText } from "../../src/ingest/html.js";

describe("htmlToText: text", () => {
  const cases: [string, string, string][] = [
    ["paragraphs are lines", "<p>甲</p><p>乙</p>", "甲\n乙\n"],
    ["an empty paragraph is a blank line, never two", "<p>甲</p><p></p><p>&nbsp;</p><p>乙</p>", "甲\n\n乙\n"],
    [
      "headings, list items and divs are lines",
      "<h1>标题</h1><ul><li>一</li><li>二</li></ul><div>三</div>",
      "标题\n一\n二\n三\n",
    ],
    ["<br> breaks a line", "<p>第一行<br>第二行<br/>第三行</p>", "第一行\n第二行\n第三行\n"],
    [
      "inline markup is kept inline",
      "<p>实际支出<b>14516.58</b><span>万元</span></p>",
      "实际支出14516.58万元\n",
    ],
    ["whitespace collapses, U+3000 stays", "<p>  实际\n   支出 \t 5　万元 </p>", "实际 支出 5　万元\n"],
    [
      "character references are decoded",
      "<p>&lt;a&gt; &amp; &quot;x&quot; &#20013;&#x6587; &yen;5 &times; &mdash;</p>",
      '<a> & "x" 中文 ¥5 × —\n',
    ],
    [
      "script, style, head and comments are dropped",
      '<html><head><title>标题</title><style>p{color:red}</style></head><body><script>var s = "<p>no</p>";</script><!-- <p>no</p> --><p>正文</p></body></html>',
      "正文\n",
    ],
    ["unclosed paragraphs and stray end tags", "<p>甲<p>乙</div></span><p>丙", "甲\n乙\n丙\n"],
    ["<pre> keeps its lines", "<pre>a  b\n  c</pre>", "a  b\n  c\n"],
    ["an empty document is empty", "", ""],
    ["text without markup is one line", "实际支出14516.58万元", "实际支出14516.58万元\n"],
  ];
  it.each(cases)("%s", (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe("htmlToText: tables", () => {
  it("writes each row as TAB-separated cells, with a blank line after the table", () => {
    const html =
      "<p>说明表</p><table><tr><th>项目</th><th>预算</th><th>备注</th></tr>" +
      "<tr><td>甲</td><td>500</td><td></td></tr><tr><td>乙</td><td>1000</td><td>收回47.8万元</td></tr></table><p>后文</p>";
    expect(htmlToText(html)).toBe("说明表\n项目\t预算\t备注\n甲\t500\t\n乙\t1000\t收回47.8万元\n\n后文\n");
  });

  it("joins the paragraphs of a cell with spaces, and keeps the caption above", () => {
    const html =
      "<table><caption>表1</caption><tr><td><p>促企业</p><p>上规模</p></td><td>500<br>元</td></tr>" +
      "<tr><td>乙</td><td>1</td></tr></table>";
    expect(htmlToText(html)).toBe("表1\n促企业 上规模\t500 元\n乙\t1\n");
  });

  it("places merged cells on the grid, the slots they cover left empty", () => {
    const html =
      "<table><tr><td rowspan=2>项目</td><td colspan=2>预算</td></tr>" +
      "<tr><td>年初</td><td>调整</td></tr>" +
      "<tr><td>甲</td><td>500</td><td>462</td></tr></table>";
    expect(htmlToText(html)).toBe("项目\t预算\t\n\t年初\t调整\n甲\t500\t462\n");
  });

  it("takes rows without </tr> and cells without </td>, and rows in thead/tbody/tfoot", () => {
    const html =
      "<table><thead><tr><th>a<th>b</thead><tbody><tr><td>1<td>2<tr><td>3<td>4</tbody><tfoot><tr><td>合计<td>6</table>";
    expect(htmlToText(html)).toBe("a\tb\n1\t2\n3\t4\n合计\t6\n");
  });

  it("reads a table that holds tables as a page layout: its cells as blocks, the inner tables as tables", () => {
    const html =
      "<table><tr><td><p>报告正文</p><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>" +
      "<p>结语</p></td></tr></table>";
    expect(htmlToText(html)).toBe("报告正文\na\t1\nb\t2\n\n结语\n");
  });

  it("writes a title row above the table and a note below without their empty cells", () => {
    const html =
      "<table><tr><td colspan=3>2023年项目支出表</td></tr><tr><td>项目</td><td>预算</td><td>支出</td></tr>" +
      "<tr><td>一、基本支出</td><td></td><td></td></tr><tr><td>工资</td><td>10</td><td>9</td></tr>" +
      "<tr><td colspan=3>注：单位为万元</td></tr></table>";
    expect(htmlToText(html)).toBe(
      "2023年项目支出表\n项目\t预算\t支出\n一、基本支出\t\t\n工资\t10\t9\n注：单位为万元\n",
    );
  });

  it("clamps absurd spans and survives deep nesting", () => {
    const wide = htmlToText(
      '<table><tr><td colspan="99999">a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>',
    );
    expect(wide.split("\n")[0]).toBe(`a${"\t".repeat(100)}1`);
    const deep = `${"<div>".repeat(20_000)}深处${"</div>".repeat(20_000)}`;
    expect(htmlToText(deep)).toBe("深处\n");
    const tables = `${"<table><tr><td>".repeat(3000)}x${"</td></tr></table>".repeat(3000)}`;
    expect(htmlToText(tables)).toContain("x");
  });
});

describe("gridLines", () => {
  it("gives each non-empty cell's offsets in its line", () => {
    expect(gridLines([["项目", "", "合计"]])).toEqual([
      {
        row: 0,
        text: "项目\t\t合计",
        cells: [
          { col: 0, start: 0, end: 2 },
          { col: 2, start: 4, end: 6 },
        ],
      },
    ]);
    const [, row] = gridLines([
      ["a", "b", "c"],
      ["", "x", ""],
      ["d", "e", "f"],
    ]);
    expect(row).toEqual({ row: 1, text: "\tx\t", cells: [{ col: 1, start: 1, end: 2 }] });
  });

  it("drops empty rows, or keeps one blank line for a run of them", () => {
    const grid = [
      ["a", "1"],
      ["", ""],
      ["", ""],
      ["b", "2"],
    ];
    expect(gridLines(grid).map((l) => l.text)).toEqual(["a\t1", "b\t2"]);
    expect(gridLines(grid, { keepEmptyRows: true }).map((l) => l.text)).toEqual(["a\t1", "", "b\t2"]);
  });

  it("replaces TABs and line breaks inside a cell with spaces", () => {
    expect(gridLines([["a\tb", "c\nd"]])[0]!.text).toBe("a b\tc d");
  });
});

describe("htmlToText: malformed tables", () => {
  it("shows text outside the rows before the table, and text straight in a row as a cell", () => {
    expect(
      htmlToText("<table>散落<tr><td>a</td>b<td>1</td></tr><tr><td>c</td><td></td><td>2</td></tr></table>"),
    ).toBe("散落\na\tb\t1\nc\t\t2\n");
  });

  it("finds rows inside other markup (a form around the rows)", () => {
    expect(
      htmlToText("<table><form><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></form></table>"),
    ).toBe("a\t1\nb\t2\n");
  });
});
