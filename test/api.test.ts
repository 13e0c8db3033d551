/** The library as the README shows it: audit a string and a file, read typed findings. */
import { describe, expect, it } from "vitest";
import { audit, type Finding, formatters, readReport } from "../src/index.js";

describe("library API", () => {
  it("audits a string and returns typed findings", () => {
    const result = audit("实际到位预算为14631.38万元；实际支出14516.58万元，资金使用率为99.26%。");
    const f: Finding = result.findings[0]!;
    expect([f.ruleId, f.severity, f.stated, f.expected, f.hint?.probably]).toEqual([
      "rate/fund-usage",
      "warning",
      "99.26%",
      "99.22%",
      "99.22",
    ]);
    expect(result.stats.inconsistent).toBe(1);
  });

  it("audits a file and formats the result as JSON", async () => {
    const read = await readReport("fixtures/reports/004_66fa9d42216a2214.txt");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const result = audit(read.text);
    const json = JSON.parse(
      formatters.json([{ path: read.path, status: "ok", error: null, result }], {
        lang: "en",
        color: false,
        toolVersion: "test",
      }),
    );
    expect(json.files[0].checks.length).toBeGreaterThan(0);
  });

  it("never throws on bad options or input: it says what is wrong", () => {
    expect(() => audit("x", { maxLength: -1 })).toThrow(/Invalid audit options: maxLength/);
    expect(() => audit(42 as unknown as string)).toThrow(/takes the report's text as a string/);
    expect(() => audit("一".repeat(11), { maxLength: 10 })).toThrow(/more than the limit of 10/);
  });

  it("does not mutate its input and keeps no state between calls", () => {
    const a = "收入5,296万元，比上年1171万元增加4,125万元，增长352.13%。";
    const b = "本年总支出2,851万元。专项资金共支出1993万元，占总支出的69.1%。";
    const first = [audit(a), audit(b)].map((r) => JSON.stringify(r.findings));
    const second = [audit(b), audit(a)].map((r) => JSON.stringify(r.findings)).reverse();
    expect(second).toEqual(first);
  });
});
