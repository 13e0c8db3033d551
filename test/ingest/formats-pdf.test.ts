/**
 * The PDF reader: lines rebuilt from text items (pure, on items given here), ruled tables from the
 * painted rules, paragraphs joined again over line and page breaks; and whole PDFs written by hand
 * (a CJK font PDF readers know without embedding it), blank, damaged, rotated.
 */
import { describe, expect, it } from "vitest";
import { minimalPdf, type PdfLine, type PdfText } from "../../scripts/make-format-fixtures.js";
import {
  foldRadicals,
  joinPages,
  layoutPage,
  type PdfBox,
  type PdfTextItem,
  readPdf,
} from "../../src/ingest/pdf.js";

/** An item of `size` (10 by default) whose characters are an em wide (CJK) or half an em. */
function item(str: string, x: number, y: number, size = 10): PdfTextItem {
  const width = [...str].reduce(
    (w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2),
    0,
  );
  return { str, x, y, width, size };
}

/** A stroked rule of 0.75 pt from (x0, y0) to (x1, y1). */
const rule = (x0: number, y0: number, x1: number, y1: number): PdfBox => ({
  x0: Math.min(x0, x1) - 0.375,
  y0: Math.min(y0, y1) - 0.375,
  x1: Math.max(x0, x1) + 0.375,
  y1: Math.max(y0, y1) + 0.375,
});

const text = (items: PdfTextItem[], boxes: PdfBox[] = []) => joinPages([layoutPage(items, boxes)]);

describe("layoutPage and joinPages: lines", () => {
  it("groups items by baseline, tolerating a small offset, and orders them by x", () => {
    const items = [
      item("元", 150, 100.8),
      item("实际支出", 50, 100),
      item("14516.58万", 90, 100.3),
      item("下一行", 50, 130),
    ];
    expect(text(items)).toBe("实际支出14516.58万元\n下一行\n");
  });

  it("puts a space at a visible gap (never between CJK characters) and a TAB at a wide one", () => {
    expect(text([item("Sheet", 50, 100), item("1", 78, 100)])).toBe("Sheet 1\n");
    expect(text([item("实际", 50, 100), item("支出", 73, 100)])).toBe("实际支出\n");
    expect(text([item("项目", 50, 100), item("500", 120, 100), item("462", 200, 100)])).toBe(
      "项目\t500\t462\n",
    );
  });

  it("drops text painted twice (fake bold) and empty items", () => {
    expect(
      text([item("粗体", 50, 100), item("粗体", 50.4, 100), item(" ", 70, 100), item("", 80, 100)]),
    ).toBe("粗体\n");
  });

  it("joins a line that fills the text block with the next one, unless that is indented", () => {
    // The block runs from x = 50 to x = 250 (20 characters of 10 pt).
    const full = (s: string, y: number, x = 50) => item(s, x, y);
    const items = [
      full("一二三四五六七八九十一二三四五六七八九十", 100),
      full("接着写的一行。", 112),
      full("二三四五六七八九十一二三四五六七八九十", 124, 60), // indented: a new paragraph
      full("一二三四五六七八九十一二三四五六七八九十", 136),
      full("短行。", 148),
      full("新的段落。", 160, 70),
    ];
    expect(text(items)).toBe(
      "一二三四五六七八九十一二三四五六七八九十接着写的一行。\n" +
        "二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十短行。\n新的段落。\n",
    );
  });

  it("joins a line cut before a number that did not fit, and Latin words with a space", () => {
    const items = [
      item("一二三四五六七八九十一二三四五六七八九十", 50, 88),
      item("一二三四五六七八九十一二三四五六七八九十", 50, 100),
      item("一二三四五六七八九十一二三四五六七八", 50, 112), // ends 2 em short: `2023年` did not fit
      item("2023年度。", 50, 124),
      item("一二三四五六七八九十一二三四五六七八九十", 50, 136),
      item("word", 50, 148),
    ];
    const ten = "一二三四五六七八九十";
    expect(text(items)).toBe(`${ten.repeat(5)}一二三四五六七八2023年度。\n${ten.repeat(2)}word\n`);
    const words = "abcdefghij abcdefghij abcdefghij abcd";
    const latin = [item(words, 50, 100), item(words, 50, 112), item(words, 50, 124), item("end", 50, 136)];
    expect(text(latin)).toBe(`${words} ${words} ${words} end\n`);
  });

  it("makes a wider gap than the usual line pitch a blank line", () => {
    const items = [
      item("甲", 50, 100),
      item("乙", 50, 112),
      item("丙", 50, 124),
      item("丁", 50, 160),
      item("戊", 50, 172),
    ];
    expect(text(items)).toBe("甲\n乙\n丙\n\n丁\n戊\n");
  });

  it("joins no lines where no text block is attested (three lines reaching one right end, ten ems wide)", () => {
    const items = ["一二三", "四五六", "七八九", "十"].map((s, i) => item(s, 50, 100 + 12 * i));
    expect(text(items)).toBe("一二三\n四五六\n七八九\n十\n");
  });

  it("leaves out page numbers at the top or bottom of a page and joins a paragraph over the break", () => {
    const line = "一二三四五六七八九十一二三四五六七八九十";
    const page1 = layoutPage([
      item(line, 50, 100),
      item(line, 50, 112),
      item(line, 50, 124),
      item("- 1 -", 140, 800),
    ]);
    const page2 = layoutPage([item("第 2 页", 140, 40), item("完。", 50, 100), item("2/9", 140, 800)]);
    expect(joinPages([page1, page2])).toBe(`${line.repeat(3)}完。\n`);
  });

  it("gives an empty text for pages without text", () => {
    expect(joinPages([[], layoutPage([])])).toBe("");
  });
});

describe("layoutPage and joinPages: ruled tables", () => {
  /** Rules of a grid with column bounds xs and row bounds ys, leaving out the rules listed in `skip`. */
  function grid(xs: number[], ys: number[], skip: (b: PdfBox) => boolean = () => false): PdfBox[] {
    const boxes = [
      ...ys.map((y) => rule(xs[0]!, y, xs.at(-1)!, y)),
      ...xs.map((x) => rule(x, ys[0]!, x, ys.at(-1)!)),
    ];
    return boxes.filter((b) => !skip(b));
  }

  it("writes each row as TAB-separated cells, joins a cell's lines, and ends the table with a blank line", () => {
    const boxes = grid([50, 150, 200, 260], [100, 120, 150]);
    const items = [
      item("项目", 55, 114),
      item("预算", 155, 114),
      item("备注", 205, 114),
      item("湛江市节能", 55, 132),
      item("专项资金", 55, 145),
      item("180", 155, 138),
      item("收回20", 205, 132),
      item("万元", 205, 145),
      item("表后的文字", 50, 180),
    ];
    expect(text(items, boxes)).toBe("项目\t预算\t备注\n湛江市节能专项资金\t180\t收回20万元\n\n表后的文字\n");
  });

  it("keeps the slots of a merged cell empty: a missing rule merges two slots", () => {
    // The rule between the two header cells of columns 2 and 3 is missing on row 1,
    // and the rule between rows 2 and 3 is missing in column 1.
    const ys = [100, 120, 140, 160];
    const boxes = [
      ...ys.filter((y) => y !== 140).map((y) => rule(50, y, 260, y)),
      rule(150, 140, 260, 140),
      rule(50, 100, 50, 160),
      rule(150, 100, 150, 160),
      rule(200, 120, 200, 160),
      rule(260, 100, 260, 160),
    ];
    const items = [
      item("项目", 55, 114),
      item("预算数", 160, 114),
      item("基本支出", 55, 145),
      item("10", 155, 134),
      item("9", 205, 134),
      item("20", 155, 154),
      item("18", 205, 154),
    ];
    // The merged cell's text goes to its first slot, as an HTML rowspan's.
    expect(text(items, boxes)).toBe("项目\t预算数\t\n基本支出\t10\t9\n\t20\t18\n");
  });

  it("joins a table that goes on over a page break, and the row the break cut", () => {
    const xs = [50, 150, 260];
    // Page 1: the header and a row cut at the bottom (the vertical rules run on below the last rule).
    const page1 = layoutPage(
      [item("项目", 55, 114), item("说明", 155, 114), item("甲", 55, 134), item("前半", 155, 134)],
      [rule(50, 100, 260, 100), rule(50, 120, 260, 120), ...xs.map((x) => rule(x, 100, x, 140))],
    );
    // Page 2: the rest of the cut row at the top (no rule above it), then a whole row.
    const page2 = layoutPage(
      [item("后半", 155, 54), item("乙", 55, 74), item("完", 155, 74)],
      [rule(50, 60, 260, 60), rule(50, 80, 260, 80), ...xs.map((x) => rule(x, 40, x, 80))],
    );
    expect(joinPages([page1, page2])).toBe("项目\t说明\n甲\t前半后半\n乙\t完\n");
  });

  it("reads a frame around one block of text as text, and a frame without text as nothing", () => {
    const frame = grid([50, 260], [100, 140]);
    expect(text([item("框内文字", 55, 120)], frame)).toBe("框内文字\n");
    expect(text([item("正文", 55, 200)], frame)).toBe("正文\n");
  });
});

describe("foldRadicals", () => {
  it("gives the ideographs for radicals and compatibility forms PDF text layers put in their place", () => {
    expect(foldRadicals("⼯作⽀出，部⻔⻓期，⼈⺠，〈1〉")).toBe("工作支出，部门长期，人民，〈1〉");
    expect(foldRadicals("（一）１２％：全角不变")).toBe("（一）１２％：全角不变");
  });
});

/** A ruled table of `rows` at (x, y) with columns of `widths`, as texts and lines of a minimal PDF. */
function pdfTable(x: number, y: number, widths: number[], rows: string[][]) {
  const texts: PdfText[] = [];
  const lines: PdfLine[] = [];
  const xs = [x];
  for (const w of widths) xs.push(xs.at(-1)! + w);
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      texts.push({ x: xs[c]! + 4, y: y + r * 20 + 15, text: cell });
    });
  });
  for (let r = 0; r <= rows.length; r++)
    lines.push({ x0: x, y0: y + r * 20, x1: xs.at(-1)!, y1: y + r * 20 });
  for (const cx of xs) lines.push({ x0: cx, y0: y, x1: cx, y1: y + rows.length * 20 });
  return { texts, lines };
}

describe("readPdf", () => {
  it("reads CJK text in a font that is not embedded, and a ruled table", async () => {
    const table = pdfTable(
      72,
      120,
      [170, 80, 80, 110],
      [
        ["项目名称", "年初预算", "实际支出", "备注"],
        ["中小企业发展专项资金", "1000", "952.2", "财政年末收回47.8万元"],
      ],
    );
    const pdf = minimalPdf([
      {
        texts: [
          { x: 72, y: 80, text: "实际到位预算为14631.38万元，其中基本收入为2646.16万元。" },
          ...table.texts,
        ],
        lines: table.lines,
      },
      { texts: [{ x: 72, y: 80, text: "第二页：资金使用率为99.26%。" }] },
    ]);
    expect(await readPdf(pdf)).toEqual({
      ok: true,
      text:
        "实际到位预算为14631.38万元，其中基本收入为2646.16万元。\n" +
        "项目名称\t年初预算\t实际支出\t备注\n中小企业发展专项资金\t1000\t952.2\t财政年末收回47.8万元\n\n" +
        "第二页：资金使用率为99.26%。\n",
    });
  });

  it("reads a page turned by /Rotate upright", async () => {
    const pdf = minimalPdf(
      [
        {
          texts: [
            { x: 72, y: 80, text: "横向页面" },
            { x: 72, y: 100, text: "第二行" },
          ],
        },
      ],
      {
        rotate: 90,
      },
    );
    expect(await readPdf(pdf)).toEqual({ ok: true, text: "横向页面\n第二行\n" });
  });

  it("says that a PDF without text needs OCR", async () => {
    expect(await readPdf(minimalPdf([{ lines: [{ x0: 72, y0: 72, x1: 300, y1: 72 }] }, {}]))).toEqual({
      ok: false,
      code: "no-text-layer",
      detail: "2 pages without any text: a scanned or image-only PDF",
    });
  });

  it("gives corrupt for a damaged or truncated PDF, and never throws", async () => {
    const pdf = minimalPdf([{ texts: [{ x: 72, y: 80, text: "正文" }] }]);
    for (const bytes of [
      pdf.slice(0, 200),
      new TextEncoder().encode("%PDF-1.7\nnot really"),
      new Uint8Array(),
    ]) {
      expect(await readPdf(bytes)).toMatchObject({
        ok: false,
        code: "corrupt",
        detail: expect.stringMatching(/^not a valid PDF file/),
      });
    }
  });

  it("refuses more pages than the limit, and gives up after the time limit", async () => {
    const pdf = minimalPdf([
      { texts: [{ x: 72, y: 80, text: "一" }] },
      { texts: [{ x: 72, y: 80, text: "二" }] },
    ]);
    expect(await readPdf(pdf, { maxPages: 1 })).toEqual({
      ok: false,
      code: "too-large",
      detail: "a PDF file of 2 pages, above the limit of 1",
    });
    expect(await readPdf(pdf, { timeoutMs: 0 })).toMatchObject({ ok: false, code: "too-large" });
  });
});
