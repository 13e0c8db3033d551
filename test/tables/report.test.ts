/**
 * A whole constructed report (fixtures/tables/constructed-report.txt) with a budget table under a
 * merged header, a project table with remarks (one cell per line), a 项目支出绩效自评表 in pipes, a
 * score outline three levels deep and a grade: the three discrepancies planted in it are found at
 * their cells, every other table and score relation is checked and holds.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { renderMessage } from "../../src/report/messages.js";

const text = readFileSync("fixtures/tables/constructed-report.txt", "utf8");
const mine = (id: string) => /^(table|score)\//.test(id);
const result = audit(text);

describe("a constructed report", () => {
  it("finds the planted discrepancies, at their cells, naming row and column", () => {
    const found = result.findings
      .filter((f) => mine(f.ruleId))
      .map((f) => [
        f.ruleId,
        f.severity,
        text.slice(f.span.start, f.span.end),
        f.expected,
        renderMessage(f, "zh"),
      ]);
    expect(found).toEqual([
      [
        "table/total",
        "error",
        "655.4",
        "645.4万元",
        "表中“合计”的决算数/项目支出应为 645.4万元（75.4 + 570），报告为 655.4",
      ],
      [
        "table/remark",
        "warning",
        "8万元",
        "5万元",
        "表中“信息化建设经费”的备注称收回 8万元，按本行数字应为 5万元（100 − 95）",
      ],
      [
        "score/sum",
        "error",
        "27分",
        "26分",
        "“支出管理”的得分应为其 2 个下级指标得分之和 26分（18 + 8），报告为 27分",
      ],
    ]);
  });

  it("checks every other table and score relation, and each holds", () => {
    const checks = result.checks.filter((c) => mine(c.ruleId));
    const count = (id: string, status: string) =>
      checks.filter((c) => c.ruleId === id && c.status === status).length;
    expect(count("table/total", "consistent")).toBe(6);
    expect(count("table/remark", "consistent")).toBe(2);
    expect(count("table/row-identity", "consistent")).toBe(4);
    expect(count("score/max", "consistent")).toBe(14);
    expect(count("score/sum", "consistent")).toBe(12);
    expect(count("score/grade", "consistent")).toBe(1);
    expect(checks.filter((c) => c.status === "inconsistent")).toHaveLength(3);
  });
});
