/** The .xlsx reader: number formats as Excel shows them, sheets as tables, the cell source map. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellAt, cellRef, type SourceMap } from "../../src/ingest/index.js";
import { cellText, formatNumber, generalNumber, readXlsx } from "../../src/ingest/xlsx.js";

describe("formatNumber", () => {
  const cases: [string | undefined, number, string][] = [
    [undefined, 14631.38, "14631.38"],
    ["General", 0.1 + 0.2, "0.3"],
    [undefined, 14631.380000000001, "14631.38"],
    [undefined, 1e-7, "0.0000001"],
    [undefined, 123456789012345680000, "123456789012346000000"],
    ["0", 461.6, "462"],
    ["0.00", 5296, "5296.00"],
    ["0.00", 2.675, "2.68"],
    ["0.00", -2.675, "-2.68"],
    ["0.00", -0.001, "0.00"],
    ["#,##0", 1234567.8, "1,234,568"],
    ["#,##0.00", 5296, "5,296.00"],
    ["#,##0.00_);(#,##0.00)", -1234.5, "(1,234.50)"],
    ["#,##0.00_);[Red](#,##0.00)", 1234.5, "1,234.50"],
    ["0.00%", 0.9907, "99.07%"],
    ["0%", 0.5, "50%"],
    ["0.0%", -0.0545, "-5.5%"],
    ['0.00"万元"', 14631.38, "14631.38万元"],
    ["0.00万元", 14631.38, "14631.38万元"],
    ["[$¥-804]#,##0.00", 1234, "¥1,234.00"],
    ['0.00;-0.00;"-"', 0, "-"],
    ["#,##0.0,", 12345, "12.3"],
    ["0.##", 1.5, "1.5"],
    ["0.##", 2, "2"],
    ["#.00", 0.5, ".50"],
    ["000", 7, "007"],
    ["@", 12, "12"],
    ["0.00E+00", 12345, "12345"],
    ["[DBNum1]0", 12, "12"],
    ['yyyy"年"m"月"d"日"', 45440, "2024年5月28日"],
    ["yyyy-mm-dd", 45440, "2024-05-28"],
    ["h:mm", 0.5, "12:00"],
  ];
  it.each(cases)("%s: %s → %s", (code, value, text) => {
    expect(formatNumber(value, code)).toBe(text);
  });

  it("shows General numbers with up to 15 significant digits, never with an exponent", () => {
    expect(generalNumber(111931823.11)).toBe("111931823.11");
    expect(generalNumber(Number.NaN)).toBe("NaN");
  });
});

describe("cellText", () => {
  it("reads every kind of cell value", () => {
    expect(cellText(null, undefined)).toBe("");
    expect(cellText("文本", undefined)).toBe("文本");
    expect(cellText(true, undefined)).toBe("TRUE");
    expect(cellText({ richText: [{ text: "实际" }, { text: "支出" }] }, undefined)).toBe("实际支出");
    expect(cellText({ formula: "B2/B3", result: 0.99226 }, "0.00%")).toBe("99.23%");
    expect(cellText({ formula: "B2/B3" }, "0.00%")).toBe("");
    expect(cellText({ sharedFormula: "A1", result: 3 } as ExcelJS.CellValue, undefined)).toBe("3");
    expect(cellText({ error: "#DIV/0!" }, undefined)).toBe("#DIV/0!");
    expect(cellText({ text: "链接", hyperlink: "https://example.org" }, undefined)).toBe("链接");
    expect(cellText(new Date(Date.UTC(2024, 4, 28)), 'yyyy"年"m"月"d"日"')).toBe("2024年5月28日");
    expect(cellText(new Date(Date.UTC(2024, 4, 28)), undefined)).toBe("2024-05-28");
  });
});

describe("cellRef and cellAt", () => {
  it("quotes a sheet name that is not a plain word", () => {
    expect(cellRef("Sheet1", "C7")).toBe("Sheet1!C7");
    expect(cellRef("预算表", "A1")).toBe("预算表!A1");
    expect(cellRef("My sheet", "B2")).toBe("'My sheet'!B2");
    expect(cellRef("O'Brien", "B2")).toBe("'O''Brien'!B2");
    expect(cellRef("A1", "B2")).toBe("'A1'!B2");
    expect(cellRef("2023", "B2")).toBe("'2023'!B2");
  });

  it("finds the cell that holds an offset, by binary search", () => {
    const map: SourceMap = {
      cells: [
        { start: 7, end: 11, ref: "S!A2" },
        { start: 12, end: 15, ref: "S!B2" },
        { start: 20, end: 22, ref: "S!A3" },
      ],
    };
    expect([6, 7, 10, 11, 12, 14, 15, 21, 22].map((o) => cellAt(map, o))).toEqual([
      null,
      "S!A2",
      "S!A2",
      null,
      "S!B2",
      "S!B2",
      null,
      "S!A3",
      null,
    ]);
    expect(cellAt(undefined, 3)).toBeNull();
    expect(cellAt({ cells: [] }, 0)).toBeNull();
  });
});

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  it("writes each visible sheet as a table under its name, and maps every cell", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      // Column A left empty: the table starts at B.
      ws.getCell("B2").value = "项目";
      ws.getCell("C2").value = "预算";
      ws.getCell("D2").value = "执行率";
      ws.getCell("B3").value = "甲";
      ws.getCell("C3").value = 500;
      ws.getCell("C3").numFmt = "0.00";
      ws.getCell("D3").value = { formula: "C3/C4", result: 0.9907 };
      ws.getCell("D3").numFmt = "0.00%";
      ws.getCell("B4").value = { richText: [{ text: "乙" }, { text: "项" }] };
      ws.getCell("C4").value = 1000;
      wb.addWorksheet("隐藏").state = "hidden";
      wb.getWorksheet("隐藏")!.getCell("A1").value = "不读";
      const other = wb.addWorksheet("My sheet");
      other.getCell("A1").value = "说明";
    });
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.detail);
    expect(read.text).toBe(
      "Sheet1\n项目\t预算\t执行率\n甲\t500.00\t99.07%\n乙项\t1000\t\n\nMy sheet\n说明\n",
    );
    const refs = read.sourceMap!.cells.map((c) => `${c.ref}=${read.text.slice(c.start, c.end)}`);
    expect(refs).toEqual([
      "Sheet1!B2=项目",
      "Sheet1!C2=预算",
      "Sheet1!D2=执行率",
      "Sheet1!B3=甲",
      "Sheet1!C3=500.00",
      "Sheet1!D3=99.07%",
      "Sheet1!B4=乙项",
      "Sheet1!C4=1000",
      "'My sheet'!A1=说明",
    ]);
    expect(cellAt(read.sourceMap, read.text.indexOf("99.07%") + 2)).toBe("Sheet1!D3");
  });

  it("reads a merged range once, in its first cell; a title row replaces the sheet's name", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("支出表");
      ws.getCell("A1").value = "支出表";
      ws.mergeCells("A1:C1");
      ws.addRow(["项目", "预算", "支出"]);
      ws.addRow(["基本支出", 10, 9]);
      ws.addRow([null, 20, 18]);
      ws.mergeCells("A3:A4");
      ws.addRow([]);
      ws.addRow([]);
      ws.addRow(["合计", 30, 27]);
      ws.addRow(["注：单位为万元"]);
    });
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.detail);
    expect(read.text).toBe(
      "支出表\n项目\t预算\t支出\n基本支出\t10\t9\n\t20\t18\n\n合计\t30\t27\n注：单位为万元\n",
    );
    expect(cellAt(read.sourceMap, read.text.indexOf("基本支出"))).toBe("支出表!A3");
    expect(cellAt(read.sourceMap, read.text.indexOf("18"))).toBe("支出表!C4");
  });

  it("gives an empty text for a workbook without values", async () => {
    const read = await readXlsx(await workbook((wb) => wb.addWorksheet("空")));
    expect(read).toEqual({ ok: true, text: "", sourceMap: { cells: [] } });
  });

  it("refuses a damaged workbook or one that unpacks too large", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("S").getCell("A1").value = "x";
    });
    expect(await readXlsx(bytes.slice(0, bytes.length - 30))).toMatchObject({
      ok: false,
      code: "corrupt",
      detail: expect.stringContaining("not a valid Excel workbook (.xlsx)"),
    });
    expect(await readXlsx(bytes, { maxUnzipped: 1000 })).toMatchObject({
      ok: false,
      code: "too-large",
      detail: expect.stringMatching(
        /^an Excel workbook \(\.xlsx\) that unpacks to [\d.]+ KiB, above the limit of 1000 bytes$/,
      ),
    });
  });
});
