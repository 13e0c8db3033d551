/**
 * Blocks that look like tables but were not recovered: found where a 决算表 ran together with its
 * row numbers or a converter scrambled a form's cells; never in prose, however many numbers it
 * has, nor in a table that was read.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/extract/normalize.js";
import { splitLines } from "../../src/tables/cells.js";
import { recoverTables, unreadBlocks } from "../../src/tables/index.js";

function unread(text: string) {
  const norm = normalize(text);
  return unreadBlocks(splitLines(norm), recoverTables(norm)).map((b) => ({
    first: norm.slice(b.first.start, b.first.end),
    figures: b.figures,
  }));
}

describe("unread table-like blocks", () => {
  it("reports a 决算表 run together with its row numbers, at its first unread figure", () => {
    const text =
      "收入支出决算总表 金额单位:元 收入 项目 行次 金额 一、一般公共预算财政拨款收入 1 二、政府性基金预算财政拨款收入 2 三、上级补助收入 3 四、事业收入 4 五、其他收入 5 8,122,315.04 9,628,965.89 1,003,618.46 6 7 8 9 10 11 12 本年收入合计 13 总计 14 18,754,899.39 18,754,899.39\n";
    const got = unread(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.figures).toBeGreaterThanOrEqual(8);
  });

  it("reports an indicator table whose cells a converter scrambled", () => {
    const text =
      "产出 指标 (50分 ) 实际 指标值 完成值 8755 分值 得分 偏差原因 8676 15 13 质量指标 指标1:资金纳入统筹 100% 100% 15 15 时效指标 指标1:及时纳 入 100% 100% 10 10 75元 75元 10 10 95% 95% 30 27 95% 95% 10 9 100 94 成本指标 指标1:每人每年 效益指 标(30 分)\n";
    const got = unread(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.first).toBe("8755");
  });

  it("leaves prose alone, even with spaces around its numbers (PDF text)", () => {
    const prose =
      "(一)文化旅游体育与传媒支出类科目 850088.3 元, 占支出总预算 78.33%,同比减少 54357.12 元,下降 6.00 %。(二)社会保障和就业支出类科目 116433.12 元,占支出总预算 10.73%,同比增加 3024.5 元,增长 2.67 %。(三)卫生健康支出 60264.09 元,占 5.55%。\n";
    expect(unread(prose)).toEqual([]);
  });

  it("leaves a recovered table alone", () => {
    const table = [
      "项目\t年初预算\t调整后预算\t实际支出\t结余",
      "甲\t100\t120\t110\t10",
      "乙\t50\t50\t45\t5",
      "丙\t30\t30\t30\t0",
      "合计\t180\t200\t185\t15",
    ].join("\n");
    expect(unread(table)).toEqual([]);
  });

  it("leaves alone a line with few figures", () => {
    expect(unread("序号 项目 金额 1 办公费 12 2 差旅费 8\n")).toEqual([]);
  });
});
