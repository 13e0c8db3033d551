import { describe, expect, it } from "vitest";
import {
  defaultLevel,
  type FormatOptions,
  formatSarif,
  formatters,
  GOUJI_INFORMATION_URI,
  pathToUri,
  SARIF_SCHEMA,
  toSarifLog,
} from "../../src/report/index.js";
import { builtinRules, ruleById } from "../../src/rules/index.js";
import {
  failed,
  finding,
  LINE,
  LINE_START,
  ok,
  RATE,
  RATE_START,
  RECEIVED_START,
  SPENT_START,
  TEXT,
} from "./helpers.js";
import { type Schema, sarifSchema, validate } from "./sarif-schema.js";

const zh: FormatOptions = { lang: "zh", color: false, toolVersion: "0.1.0" };
const en: FormatOptions = { ...zh, lang: "en" };

const reports = [
  ok("reports/a.txt", [
    finding(),
    finding({ severity: "error", gross: true, hint: null }),
    finding({ severity: "info", related: [], stated: null, expected: null, formula: null }),
  ]),
  failed("reports/missing.txt"),
  ok("reports/clean.txt", []),
];

describe("formatSarif: validity against the SARIF 2.1.0 schema", () => {
  it("validates, in Chinese and English, with findings, an error file and a clean file", () => {
    for (const opts of [zh, en]) {
      const log = JSON.parse(formatSarif(reports, opts));
      expect(validate(log)).toEqual([]);
    }
  });

  it("validates for no reports, for one error file and for a clean file", () => {
    expect(validate(toSarifLog([], zh))).toEqual([]);
    expect(validate(toSarifLog([failed("x.txt")], zh))).toEqual([]);
    expect(validate(toSarifLog([ok("a.txt", [])], en))).toEqual([]);
  });

  it("validates with an odd path, a non-BMP line and a finding of an unknown rule", () => {
    const text = "标题\n𠀀资金使用率为99.26%。";
    const start = text.indexOf("99.26%");
    const log = toSarifLog(
      [
        ok("报告 目录/a#1?.txt", [finding({ span: { start, end: start + 6 }, related: [], hint: null })], {
          text,
        }),
        ok("b.txt", [finding({ ruleId: "custom/thing", messageId: "nope" })]),
      ],
      zh,
    );
    expect(validate(log)).toEqual([]);
  });

  it("is checked by a validator that does reject what the schema forbids", () => {
    const good = toSarifLog(reports, zh);
    /** A copy of the log as parsed JSON (untyped, so that a test can break it anywhere). */
    type Parsed = ReturnType<typeof JSON.parse>;
    const broken = (edit: (log: Parsed) => void) => {
      const log: Parsed = JSON.parse(JSON.stringify(good));
      edit(log);
      return validate(log);
    };
    expect(broken((l) => delete l.version)).toContain("$: missing version");
    expect(broken((l) => (l.version = "2.0.0"))[0]).toMatch(/is not one of/);
    expect(broken((l) => (l.runs[0].extra = 1))).toContain("$.runs[0]: property extra is not allowed");
    expect(broken((l) => delete l.runs[0].tool.driver.name)).toContain("$.runs[0].tool.driver: missing name");
    expect(broken((l) => (l.runs[0].results[0].level = "info"))[0]).toMatch(/level/);
    expect(broken((l) => delete l.runs[0].results[0].message)).toContain(
      "$.runs[0].results[0]: missing message",
    );
    expect(broken((l) => (l.runs[0].results[0].message = { markdown: "x" }))[0]).toMatch(/anyOf/);
    expect(
      broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0))[0],
    ).toMatch(/minimum 1/);
    expect(
      broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "a b"))[0],
    ).toMatch(/uri-reference/);
    expect(broken((l) => (l.runs[0].tool.driver.informationUri = "gouji"))[0]).toMatch(/valid uri/);
    expect(broken((l) => delete l.runs[0].invocations[0].executionSuccessful)[0]).toMatch(
      /executionSuccessful/,
    );
    expect(broken((l) => (l.runs[0].columnKind = "bytes"))[0]).toMatch(/not one of/);
    expect(broken((l) => (l.runs[0].results[0].ruleIndex = -2))[0]).toMatch(/minimum/);
    expect(broken((l) => l.runs[0].tool.driver.rules.push(l.runs[0].tool.driver.rules[0]))[0]).toMatch(
      /unique/,
    );
    expect(broken((l) => (l.runs[0].results[0].properties.anything = { goes: true }))).toEqual([]);
    const s: Schema = sarifSchema;
    expect(s.required).toEqual(["version", "runs"]);
  });
});

describe("formatSarif: shape", () => {
  const out = formatSarif(reports, zh);
  const log = JSON.parse(out);
  const run = log.runs[0];

  it("is one pretty-printed 2.1.0 log with one run", () => {
    expect(formatters.sarif).toBe(formatSarif);
    expect(out.endsWith("}\n")).toBe(true);
    expect(out).toBe(JSON.stringify(log, null, 2) + "\n");
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.language).toBe("zh-CN");
    expect(toSarifLog(reports, en).runs[0].language).toBe("en-US");
  });

  it("describes the driver and every rule, in the chosen language", () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe("gouji");
    expect(driver.version).toBe("0.1.0");
    expect(driver.informationUri).toBe(GOUJI_INFORMATION_URI);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    const usage = driver.rules.find((r: { id: string }) => r.id === "rate/fund-usage");
    const rule = ruleById("rate/fund-usage")!;
    expect(usage.shortDescription.text).toBe(rule.meta.description.zh);
    expect(usage.defaultConfiguration.level).toBe("warning");
    const enUsage = toSarifLog(reports, en).runs[0].tool.driver.rules.find(
      (r: { id: string }) => r.id === "rate/fund-usage",
    );
    expect(enUsage?.shortDescription?.text).toBe(rule.meta.description.en);
    expect(defaultLevel(ruleById("formula/chain")!)).toBe("error");
    expect(defaultLevel(ruleById("balance/carryover")!)).toBe("warning");
  });

  it("maps each finding to a result with rule, level and message", () => {
    expect(run.results).toHaveLength(3);
    const [warning, error, info] = run.results;
    expect(warning.ruleId).toBe("rate/fund-usage");
    expect(run.tool.driver.rules[warning.ruleIndex].id).toBe("rate/fund-usage");
    expect([warning.level, error.level, info.level]).toEqual(["warning", "error", "note"]);
    expect(warning.message.text).toBe("资金使用率 应为 99.22%（14516.58 ÷ 14631.38 × 100%），报告为 99.26%");
    expect(toSarifLog(reports, en).runs[0].results[0]!.message.text).toBe(
      "Fund usage rate should be 99.22% (14516.58 ÷ 14631.38 × 100%); the report states 99.26%",
    );
  });

  it("locates a result by a 1-based region with UTF-16 offsets, past a CRLF line", () => {
    const loc = run.results[0].locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe("reports/a.txt");
    const column = RATE_START - LINE_START + 1;
    expect(loc.region).toEqual({
      startLine: LINE,
      startColumn: column,
      endLine: LINE,
      endColumn: column + 6,
      charOffset: RATE.start,
      charLength: 6,
      snippet: { text: "99.26%" },
    });
    expect(TEXT.slice(loc.region.charOffset, loc.region.charOffset + loc.region.charLength)).toBe("99.26%");
  });

  it("counts columns in UTF-16 code units after a non-BMP character", () => {
    const text = "标题\n𠀀资金使用率为99.26%。";
    const start = text.indexOf("99.26%");
    const l = toSarifLog(
      [ok("a.txt", [finding({ span: { start, end: start + 6 }, related: [] })], { text })],
      zh,
    );
    const region = l.runs[0]!.results[0]!.locations[0]!.physicalLocation.region!;
    expect(region).toMatchObject({
      startLine: 2,
      startColumn: 9,
      endColumn: 15,
      charOffset: start,
      charLength: 6,
    });
  });

  it("gives the related figures as related locations, named by their role", () => {
    const related = run.results[0].relatedLocations;
    expect(related).toHaveLength(2);
    expect(related[0].id).toBe(0);
    expect(related[1].id).toBe(1);
    expect(related[0].physicalLocation.region.charOffset).toBe(SPENT_START);
    expect(related[1].physicalLocation.region.charOffset).toBe(RECEIVED_START);
    expect(related[0].physicalLocation.region.snippet.text).toBe("14516.58");
    expect(related[0].message.text).toBe("分子：14516.58");
    expect(toSarifLog(reports, en).runs[0].results[0]!.relatedLocations[1]!.message?.text).toBe(
      "denominator: 14631.38",
    );
    const named = toSarifLog(
      [ok("a.txt", [finding({ related: [{ start: SPENT_START, end: SPENT_START + 8, role: "spent" }] })])],
      zh,
    );
    expect(named.runs[0].results[0]!.relatedLocations[0]!.message?.text).toBe("实际支出：14516.58");
    expect(run.results[2].relatedLocations).toEqual([]);
  });

  it("keeps stated, expected, formula, gross and the hint in the property bag", () => {
    expect(run.results[0].properties).toEqual({
      severity: "warning",
      gross: false,
      stated: "99.26%",
      expected: "99.22%",
      formula: "14516.58 ÷ 14631.38 × 100%",
      hint: {
        written: "99.26",
        probably: "99.22",
        slip: "digit",
        message: "99.26 可能应为 99.22（数字写错）",
        charOffset: RATE_START,
        charLength: 5,
      },
      messageId: "rate",
    });
    expect(run.results[1].properties.gross).toBe(true);
    expect(run.results[1].properties.hint).toBeNull();
    expect(run.results[2].properties).toMatchObject({ stated: null, expected: null, formula: null });
  });

  it("lists the files that could not be read as tool execution notifications", () => {
    expect(run.invocations).toHaveLength(1);
    const inv = run.invocations[0];
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: { text: "文件不存在" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "reports/missing.txt" } } }],
        properties: { code: "ENOENT" },
      },
    ]);
    expect(toSarifLog([ok("a.txt", [])], zh).runs[0].invocations[0].toolExecutionNotifications).toEqual([]);
  });

  it("gives a clean file no results", () => {
    const l = toSarifLog([ok("clean.txt", [])], zh);
    expect(l.runs[0].results).toEqual([]);
    expect(l.runs[0].tool.driver.rules).toHaveLength(builtinRules.length);
  });

  it("adds a descriptor for a rule it has no metadata for", () => {
    const l = toSarifLog([ok("a.txt", [finding({ ruleId: "custom/thing" })])], zh);
    const rules = l.runs[0].tool.driver.rules;
    const r = l.runs[0].results[0]!;
    expect(rules[r.ruleIndex!]).toEqual({ id: "custom/thing", defaultConfiguration: { level: "warning" } });
  });
});

describe("pathToUri", () => {
  it("keeps a plain relative path as given", () => {
    expect(pathToUri("fixtures/reports/000_fa781c69551907ec.txt")).toBe(
      "fixtures/reports/000_fa781c69551907ec.txt",
    );
    expect(pathToUri("./a.txt")).toBe("./a.txt");
    expect(pathToUri("../x/a.txt")).toBe("../x/a.txt");
  });

  it("percent-encodes what a URI cannot hold and turns backslashes into slashes", () => {
    expect(pathToUri("报告 1.txt")).toBe("%E6%8A%A5%E5%91%8A%201.txt");
    expect(pathToUri("a#1?.txt")).toBe("a%231%3F.txt");
    expect(pathToUri("50%.txt")).toBe("50%25.txt");
    expect(pathToUri("dir\\a.txt")).toBe("dir/a.txt");
    expect(pathToUri("a:b/c.txt")).toBe("a%3Ab/c.txt");
    expect(pathToUri("C:\\reports\\a.txt")).toBe("file:///C:/reports/a.txt");
    expect(pathToUri("/abs/a.txt")).toBe("/abs/a.txt");
  });
});
