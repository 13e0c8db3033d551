/**
 * Golden files for whole reports: each `fixtures/reports/<name>.txt` (the real seed reports) and
 * `fixtures/constructed/<name>.txt` (reports written in their style for layouts the seeds lack) is audited through the CLI
 * (`gouji audit <file> --format json`) and compared with `<name>.expected.json`. Every expected
 * finding carries a `why`: the reviewer's note on why it is a real discrepancy. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/e2e` — notes of unchanged findings are kept, new findings get
 * "UNREVIEWED", and the test fails until a person has written why each one is right.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const DIRS = ["fixtures/reports", "fixtures/constructed"];

interface JsonFinding {
  ruleId: string;
  severity: string;
  gross: boolean;
  span: { start: number; end: number; line: number; column: number };
  stated: string | null;
  expected: string | null;
  formula: string | null;
  hint: { written: string; probably: string } | null;
}
const UNREVIEWED = "UNREVIEWED";

interface GoldenFinding {
  ruleId: string;
  severity: string;
  gross: boolean;
  line: number;
  column: number;
  at: string;
  stated: string | null;
  expected: string | null;
  formula: string | null;
  hint: string | null;
  why: string;
}

interface Golden {
  file: string;
  findings: GoldenFinding[];
  checks: { consistent: number; inconsistent: number; unverifiable: number };
}

async function actual(path: string): Promise<Golden> {
  const text = readFileSync(path, "utf8");
  const run = await runCli(["audit", path, "--format", "json"]);
  expect([0, 1]).toContain(run.code);
  const file = JSON.parse(run.stdout).files[0];
  return {
    file: basename(path),
    findings: file.findings.map((f: JsonFinding) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      gross: f.gross,
      line: f.span.line,
      column: f.span.column,
      at: text.slice(f.span.start, f.span.end),
      stated: f.stated,
      expected: f.expected,
      formula: f.formula,
      hint: f.hint ? `${f.hint.written}→${f.hint.probably}` : null,
      why: "",
    })),
    checks: {
      consistent: file.stats.consistent,
      inconsistent: file.stats.inconsistent,
      unverifiable: file.stats.unverifiable,
    },
  };
}

const key = (f: GoldenFinding) => `${f.ruleId}|${f.line}|${f.column}|${f.at}|${f.expected}`;
const strip = ({ why: _why, ...rest }: GoldenFinding) => rest;

const reports = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((n) => n.endsWith(".txt"))
    .map((n) => join(d, n)),
);

describe("golden reports", () => {
  it("bundles the five seed reports", () => {
    expect(reports.filter((p) => p.startsWith(DIRS[0]!)).length).toBeGreaterThanOrEqual(5);
  });
  for (const name of reports) {
    it(name, async () => {
      const got = await actual(name);
      const goldenPath = name.replace(/\.txt$/, ".expected.json");
      if (process.env.UPDATE_GOLDEN) {
        let old: Golden | null = null;
        try {
          old = JSON.parse(readFileSync(goldenPath, "utf8"));
        } catch {}
        const notes = new Map((old?.findings ?? []).map((f) => [key(f), f.why]));
        for (const f of got.findings) f.why = notes.get(key(f)) ?? UNREVIEWED;
        writeFileSync(goldenPath, JSON.stringify(got, null, 2) + "\n");
      }
      const golden: Golden = JSON.parse(readFileSync(goldenPath, "utf8"));
      for (const f of golden.findings)
        expect(f.why, `${name}: ${key(f)} has been reviewed`).not.toMatch(/^(UNREVIEWED)?$/);
      expect(got.findings.map(strip)).toEqual(golden.findings.map(strip));
      expect(got.checks).toEqual(golden.checks);
    });
  }
});
