/** Config files: what a user writes, and the exact message when it is wrong (exit 2). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadConfig } from "../../src/config.js";
import { runCli } from "../helpers/run-cli.js";

const userRule = {
  meta: {
    id: "custom/vehicle-share",
    type: "arithmetic",
    description: {
      zh: "公车费用占比 = 公车费用 ÷ 三公经费",
      en: "Vehicle share = vehicles ÷ three public expenses",
    },
  },
  check: {
    kind: "named-rate",
    options: {
      names: ["公车费用比例$"],
      inputs: {
        vehicles: { name: { zh: "公车费用", en: "vehicles" }, labels: ["公务用车"] },
        total: { name: { zh: "三公经费", en: "three public" }, labels: ["三公"] },
      },
      variants: [{ name: { zh: "公车 ÷ 三公", en: "vehicles ÷ total" }, formula: "vehicles / total" }],
    },
  },
};

/** A config whose one custom rule has the given formula. */
const withFormula = (formula: string) => ({
  customRules: [
    {
      ...userRule,
      check: {
        ...userRule.check,
        options: {
          ...userRule.check.options,
          variants: [{ name: userRule.check.options.variants[0]!.name, formula }],
        },
      },
    },
  ],
});

describe("loadConfig", () => {
  it("accepts severity overrides, off, and a rule of the user's own", () => {
    const r = loadConfig(
      JSON.stringify({
        rules: { "rate/fund-usage": "error", "balance/carryover": "off" },
        customRules: [userRule],
      }),
      "gouji.config.json",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.rules.some((x) => x.meta.id === "balance/carryover")).toBe(false);
    expect(r.config.rules.some((x) => x.meta.id === "custom/vehicle-share")).toBe(true);
    const text = "“三公”经费支出431万元，公务用车支出307万元，公车费用比例70.23%。";
    const res = audit(text, { rules: [...r.config.rules], severity: { ...r.config.severity } });
    const f = res.findings.find((x) => x.ruleId === "custom/vehicle-share");
    expect(f?.expected).toBe("71.23%");
    expect(f?.severity).toBe("warning");
    const wrongUsage = audit("实际到位14631.38万元，实际支出14516.58万元，资金使用率为99.26%。", {
      rules: [...r.config.rules],
      severity: { ...r.config.severity },
    });
    expect(wrongUsage.findings[0]?.severity).toBe("error");
  });

  const bad: [string, unknown, string][] = [
    [
      "an unknown level",
      { rules: { "rate/fund-usage": "fatal" } },
      'Invalid config gouji.config.json: rules.rate/fund-usage: Invalid option: expected one of "off"|"info"|"warning"|"error"',
    ],
    [
      "an unknown rule",
      { rules: { "rate/nope": "off" } },
      "Invalid config gouji.config.json: rules.rate/nope: there is no rule 'rate/nope' (gouji rules lists them)",
    ],
    ["an unknown key", { rulez: {} }, 'Invalid config gouji.config.json: (root): Unrecognized key: "rulez"'],
    [
      "a formula with an unknown name",
      withFormula("vehicles / grand"),
      "Invalid config gouji.config.json: customRules.0.check.options.variants.0.formula: the formula 'vehicles / grand' is invalid: unknown name 'grand'",
    ],
    [
      "a formula that assigns",
      withFormula("total = 1"),
      "Invalid config gouji.config.json: customRules.0.check.options.variants.0.formula: the formula 'total = 1' is invalid: 'AssignmentNode' is not allowed in a formula",
    ],
    [
      "a formula that calls a function",
      withFormula("import(total)"),
      "Invalid config gouji.config.json: customRules.0.check.options.variants.0.formula: the formula 'import(total)' is invalid: function 'import' is not allowed",
    ],
    [
      "a rule id taken by a built-in",
      { customRules: [{ ...userRule, meta: { ...userRule.meta, id: "rate/fund-usage" } }] },
      "Invalid config gouji.config.json: customRules.0.meta.id: the rule id 'rate/fund-usage' is already taken",
    ],
    [
      "a label that is not a regular expression",
      {
        customRules: [
          {
            ...userRule,
            check: { ...userRule.check, options: { ...userRule.check.options, names: ["(("] } },
          },
        ],
      },
      "Invalid config gouji.config.json: customRules.0.check.options.names.0: not a valid regular expression",
    ],
  ];
  for (const [what, json, message] of bad) {
    it(`rejects ${what} with the exact message`, () => {
      const r = loadConfig(JSON.stringify(json), "gouji.config.json", "en");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toBe(message);
    });
  }

  it("says in Chinese by default which file is not JSON", () => {
    const r = loadConfig("{ rules: ", "my.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^my\.json 不是有效的 JSON：/);
  });
});

describe("YAML config files", () => {
  const yamlConfig = [
    "# 本局的口径：资金使用率按错误处理",
    "rules:",
    "  rate/fund-usage: error",
    "  balance/carryover: off",
    "customRules:",
    "  - meta:",
    "      id: custom/vehicle-share",
    "      type: arithmetic",
    "      description: { zh: 公车费用占比 = 公车费用 ÷ 三公经费, en: Vehicle share }",
    "    check:",
    "      kind: named-rate",
    "      options:",
    "        names: [公车费用比例$]",
    "        inputs:",
    "          vehicles: { name: { zh: 公车费用, en: vehicles }, labels: [公务用车] }",
    "          total: { name: { zh: 三公经费, en: three public }, labels: [三公] }",
    "        variants:",
    "          - { name: { zh: 公车 ÷ 三公, en: vehicles ÷ total }, formula: vehicles / total }",
    "",
  ].join("\n");

  it("reads .yaml and .yml like JSON, comments allowed", () => {
    for (const file of ["gouji.config.yaml", "cfg.YML"]) {
      const r = loadConfig(yamlConfig, file);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.config.severity["rate/fund-usage"]).toBe("error");
      expect(r.config.rules.some((x) => x.meta.id === "balance/carryover")).toBe(false);
      expect(r.config.rules.some((x) => x.meta.id === "custom/vehicle-share")).toBe(true);
    }
  });

  it("validates YAML with the same messages as JSON", () => {
    const r = loadConfig("rules:\n  rate/fund-usage: loud\n", "gouji.config.yaml", "en");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Invalid config gouji\.config\.yaml: rules\.rate\/fund-usage: /);
  });

  it("says which file is not valid YAML, with the line", () => {
    const r = loadConfig("rules: [a\n", "my.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^my\.yaml 不是有效的 YAML：.*line 2, column 1/);
  });

  it("refuses what is not plain data: unknown tags and aliases", () => {
    for (const text of ["rules: !!js/function 'f'\n", "a: &x 1\nrules:\n  rate/fund-usage: *x\n"]) {
      const r = loadConfig(text, "gouji.config.yaml", "en");
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^gouji\.config\.yaml is not valid YAML: /);
    }
  });

  it("is found in the working directory as gouji.config.yaml (built CLI)", () => {
    const dir = mkdtempSync(join(tmpdir(), "gouji-yaml-"));
    writeFileSync(join(dir, "r.txt"), "实际到位14631.38万元，实际支出14516.58万元，资金使用率为99.26%。\n");
    const run = () =>
      spawnSync(process.execPath, [resolve("bin/gouji.js"), "audit", "r.txt", "--format", "json"], {
        cwd: dir,
        encoding: "utf8",
      });
    expect(JSON.parse(run().stdout).files[0].findings[0].severity).toBe("warning");
    writeFileSync(join(dir, "gouji.config.yaml"), "rules:\n  rate/fund-usage: error # 从严\n");
    const r = run();
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0].severity).toBe("error");
  });
});

describe("gouji audit --config", () => {
  const dir = mkdtempSync(join(tmpdir(), "gouji-config-"));
  const report = join(dir, "r.txt");
  writeFileSync(report, "实际到位14631.38万元，实际支出14516.58万元，资金使用率为99.26%。\n");
  it("exits 2 with the file, the path and what is wrong", async () => {
    const cfg = join(dir, "bad.json");
    writeFileSync(cfg, JSON.stringify({ rules: { "rate/fund-usage": "loud" } }));
    const r = await runCli(["audit", report, "--config", cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`配置文件 ${cfg} 无效：rules.rate/fund-usage：`);
  });
  it("exits 2 when the config file cannot be read", async () => {
    const r = await runCli(["audit", report, "--config", join(dir, "missing.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("无法读取配置文件");
  });
  it("applies severities: a warning made an error exits 1, a rule turned off is silent", async () => {
    const up = join(dir, "up.json");
    writeFileSync(up, JSON.stringify({ rules: { "rate/fund-usage": "error" } }));
    expect((await runCli(["audit", report, "--config", up])).code).toBe(1);
    const off = join(dir, "off.json");
    writeFileSync(off, JSON.stringify({ rules: { "rate/fund-usage": "off" } }));
    const r = await runCli(["audit", report, "--config", off, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
  });
});

describe("regional grade bands", () => {
  const text = "经评价，我局部门整体支出绩效自评得分为78分，评价等级为良。\n";
  it("uses 90/80/60 by default: 78 is 中, so 良 is flagged", () => {
    const r = audit(text);
    expect(r.findings.some((f) => f.ruleId === "score/grade" && f.severity === "error")).toBe(true);
  });
  it("uses the bands a config gives: with 良 from 75, 78 is 良", () => {
    const loaded = loadConfig(
      JSON.stringify({
        grades: [
          { grade: "优", min: 90 },
          { grade: "良", min: 75 },
          { grade: "中", min: 60 },
          { grade: "差", min: null },
        ],
      }),
      "gouji.config.json",
    );
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = audit(text, { rules: [...loaded.config.rules] });
    expect(r.findings.filter((f) => f.ruleId === "score/grade")).toEqual([]);
    expect(r.checks.some((c) => c.ruleId === "score/grade" && c.status === "consistent")).toBe(true);
  });
});
