/**
 * The command line as a user meets it: exit codes (design.md §6), formats, languages, and every
 * error message the CLI can print, each with the input that causes it and what it tells the user.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const tmp = mkdtempSync(join(tmpdir(), "gouji-cli-"));
const write = (name: string, data: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

const WRONG =
  "实际到位预算为14631.38万元；实际支出14516.58万元，资金使用率为99.26%。\n支出完成率=111931823.11/（111082222.47+1899168.28）×100%=99.70%；\n";
const RIGHT = "支出完成率=111931823.11/（111082222.47+1899168.28）×100%=99.07%；\n";
const wrong = write("wrong.txt", WRONG);
const right = write("right.txt", RIGHT);
const gbk = write("gbk.txt", iconv.encode(WRONG, "gb18030"));
const binary = write(
  "image.txt",
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
);

describe("gouji audit", () => {
  it("exits 0 on a report whose arithmetic holds, with a coverage line", async () => {
    const r = await runCli(["audit", right]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("核对关系 1 条");
    expect(r.stdout).toContain("✔");
  });

  it("exits 1 when there is an error finding and points at line:column", async () => {
    const r = await runCli(["audit", wrong]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${wrong}:2:`);
    expect(r.stdout).toContain("99.07%");
    expect(r.stdout).toContain("99.70 可能应为 99.07");
  });

  it("prints the JSON contract of design.md §5", async () => {
    const r = await runCli(["audit", wrong, "--format", "json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool.name).toBe("gouji");
    const file = doc.files[0];
    expect(file).toMatchObject({ path: wrong, status: "ok", error: null });
    const usage = file.findings.find((f: { ruleId: string }) => f.ruleId === "rate/fund-usage");
    expect(usage).toMatchObject({ severity: "warning", gross: false, stated: "99.26%", expected: "99.22%" });
    expect(usage.message).toBe(
      "资金使用率 应为 99.22%（14516.58 ÷ 14631.38 × 100%），报告为 99.26%；要得到报告值，分母需为 14624.80万元",
    );
    expect(WRONG.slice(usage.span.start, usage.span.end)).toBe("99.26%");
    expect(usage.span.line).toBe(1);
    expect(file.checks.length).toBe(file.stats.checks);
    expect(file.stats).toMatchObject({ inconsistent: 2 });
  });

  it("speaks English with --lang en", async () => {
    const r = await runCli(["audit", wrong, "--format", "json", "--lang", "en"]);
    const f = JSON.parse(r.stdout).files[0].findings.find(
      (x: { ruleId: string }) => x.ruleId === "rate/fund-usage",
    );
    expect(f.message).toBe(
      "资金使用率 should be 99.22% (14516.58 ÷ 14631.38 × 100%); the report states 99.26%, which would need a denominator of 14624.80万元",
    );
    const s = await runCli(["audit", wrong, "--lang", "en"]);
    expect(s.stdout).toMatch(/problems? \(/);
  });

  it("reads GB18030 text the same as UTF-8", async () => {
    const a = JSON.parse((await runCli(["audit", wrong, "--format", "json"])).stdout).files[0];
    const b = JSON.parse((await runCli(["audit", gbk, "--format", "json"])).stdout).files[0];
    expect(b.findings.map((f: { message: string }) => f.message)).toEqual(
      a.findings.map((f: { message: string }) => f.message),
    );
  });

  it("--quiet shows errors only; --max-warnings turns warnings into exit 1", async () => {
    const q = await runCli(["audit", wrong, "--quiet", "--format", "json"]);
    expect(
      JSON.parse(q.stdout).files[0].findings.every((f: { severity: string }) => f.severity === "error"),
    ).toBe(true);
    const w = write("warn.txt", "实际到位预算为14631.38万元；实际支出14516.58万元，资金使用率为99.26%。\n");
    expect((await runCli(["audit", w])).code).toBe(0);
    const m = await runCli(["audit", w, "--max-warnings", "0"]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain("警告共 1 条，超过 --max-warnings 0");
  });

  it("colours only on a terminal, and never with NO_COLOR or --no-color", async () => {
    const esc = "\u001b[";
    expect((await runCli(["audit", wrong], { isTTY: true })).stdout).toContain(esc);
    expect((await runCli(["audit", wrong], { isTTY: false })).stdout).not.toContain(esc);
    expect((await runCli(["audit", wrong], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(
      esc,
    );
    expect((await runCli(["audit", wrong, "--no-color"], { isTTY: true })).stdout).not.toContain(esc);
  });

  it("audits a folder, listing the files it could not read and going on", async () => {
    const r = await runCli(["audit", tmp, "--format", "json"]);
    const doc = JSON.parse(r.stdout);
    const byName = Object.fromEntries(doc.files.map((f: { path: string }) => [f.path.split("/").pop(), f]));
    expect(byName["wrong.txt"].status).toBe("ok");
    expect(byName["image.txt"]).toMatchObject({ status: "error", findings: [], stats: null });
    expect(byName["image.txt"].error.code).toBe("binary");
    expect(r.code).toBe(2);
  });
});

describe("every error message the CLI prints", () => {
  const cases: { argv: string[]; code: number; stream: "stdout" | "stderr"; says: RegExp }[] = [
    { argv: ["audit", join(tmp, "nope.txt")], code: 2, stream: "stdout", says: /nope\.txt/ },
    { argv: ["audit", binary], code: 2, stream: "stdout", says: /不是文本文件|not a text file/ },
    { argv: ["audit"], code: 2, stream: "stderr", says: /没有给出要核查的文件：gouji audit/ },
    {
      argv: ["audit", right, "--format", "xml"],
      code: 2,
      stream: "stderr",
      says: /不支持的输出格式 “xml”：可选 json, stylish/,
    },
    { argv: ["audit", right, "--lang", "fr"], code: 2, stream: "stderr", says: /不支持的语言 “fr”/ },
    {
      argv: ["audit", right, "--max-warnings", "x"],
      code: 2,
      stream: "stderr",
      says: /--max-warnings 需要一个非负整数/,
    },
    { argv: ["audit", right, "--bogus"], code: 2, stream: "stderr", says: /bogus[\s\S]*gouji --help/ },
    { argv: ["frobnicate"], code: 2, stream: "stderr", says: /未知命令 “frobnicate”/ },
    {
      argv: ["audit", right, "--jobs", "0"],
      code: 2,
      stream: "stderr",
      says: /--jobs 需要一个正整数，收到 “0”/,
    },
    {
      argv: ["audit", right, "--max-size", "lots"],
      code: 2,
      stream: "stderr",
      says: /--max-size 需要一个正数（单位 MiB），收到 “lots”/,
    },
    { argv: ["audit", wrong, "--max-size", "0.00001"], code: 2, stream: "stdout", says: /wrong\.txt/ },
    {
      argv: ["audit", right, "--output", join(right, "out")],
      code: 2,
      stream: "stderr",
      says: /无法写入输出目录 .*right\.txt\/out（ENOTDIR）；请检查路径和权限/,
    },
    {
      argv: ["audit", right, "--config", join(tmp, "nope.json")],
      code: 2,
      stream: "stderr",
      says: /无法读取配置文件 .*nope\.json（ENOENT）/,
    },
    {
      argv: ["explain", "no/such-rule"],
      code: 2,
      stream: "stderr",
      says: /没有编号为 “no\/such-rule” 的规则；运行 gouji rules/,
    },
    {
      argv: ["explain", "no/such-rule", "--lang", "en"],
      code: 2,
      stream: "stderr",
      says: /There is no rule 'no\/such-rule'; run gouji rules/,
    },
  ];
  for (const c of cases) {
    it(`gouji ${c.argv.map((a) => a.replace(tmp, "<tmp>")).join(" ")}`, async () => {
      const r = await runCli(c.argv);
      expect(r.code).toBe(c.code);
      expect(r[c.stream]).toMatch(c.says);
    });
  }
});

describe("gouji rules / explain / --help / --version", () => {
  it("lists every rule with a one-line description", async () => {
    const r = await runCli(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^rate\/fund-usage\s+资金使用率/m);
    expect(r.stdout).toMatch(/^formula\/chain\s+/m);
  });
  it("explains a rule with its formulas and variants", async () => {
    const r = await runCli(["explain", "rate/fund-usage", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("spent / (received - withdrawn)");
  });
  it("prints help with examples, and the version", async () => {
    expect((await runCli(["--help"])).stdout).toContain("gouji audit fixtures/reports/");
    expect((await runCli(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
