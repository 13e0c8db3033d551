/**
 * Batches: worker threads give the same results as one thread, a file that cannot be read is
 * listed and the batch goes on, --output writes one page per report and an index, and the CSV
 * and JSON Lines summaries are safe to open in a spreadsheet.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCsv, formatJsonl } from "../../src/report/index.js";
import type { FileReport } from "../../src/report/types.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "gouji-batch-"));
const seeds = readdirSync("fixtures/reports").filter((f) => f.endsWith(".txt"));
for (let i = 0; i < 3; i++)
  for (const s of seeds) copyFileSync(join("fixtures/reports", s), join(dir, `${i}-${s}`));
writeFileSync(join(dir, "zz-corrupt.txt"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));

describe("batch", () => {
  it("runs on worker threads with the same results as in one thread (built CLI)", () => {
    expect(existsSync("dist/cli/worker.js"), "npm test builds dist first (pretest)").toBe(true);
    const run = (jobs: string) =>
      spawnSync(process.execPath, ["bin/gouji.js", "audit", dir, "--format", "json", "--jobs", jobs], {
        encoding: "utf8",
      });
    const pooled = run("2");
    const single = run("1");
    expect(pooled.status).toBe(2); // one file could not be read
    const strip = (s: string) =>
      JSON.parse(s).files.map((f: { path: string; findings: unknown[]; stats: unknown }) => [
        f.path,
        f.findings,
        f.stats,
      ]);
    expect(strip(pooled.stdout)).toEqual(strip(single.stdout));
    expect(JSON.parse(pooled.stdout).files).toHaveLength(seeds.length * 3 + 1);
    expect(pooled.stderr).toContain(`共 ${seeds.length * 3 + 1} 个文件`);
  });

  it("gives the config read once by the main thread to every worker thread", () => {
    const cfg = join(dir, "..", `${dir.split("/").pop()}-config.json`);
    writeFileSync(cfg, JSON.stringify({ rules: { "rate/fund-usage": "off", "formula/chain": "warning" } }));
    const r = spawnSync(
      process.execPath,
      ["bin/gouji.js", "audit", dir, "--format", "json", "--jobs", "2", "--config", cfg],
      {
        encoding: "utf8",
      },
    );
    const findings = JSON.parse(r.stdout).files.flatMap(
      (f: { findings: { ruleId: string; severity: string; gross: boolean }[] }) => f.findings,
    );
    expect(findings.some((f: { ruleId: string }) => f.ruleId === "formula/chain")).toBe(true);
    expect(findings.filter((f: { ruleId: string }) => f.ruleId === "rate/fund-usage")).toEqual([]);
    // formula/chain made a warning, except where a discrepancy is gross (always an error)
    for (const f of findings.filter((x: { ruleId: string }) => x.ruleId === "formula/chain"))
      expect(f.severity).toBe(f.gross ? "error" : "warning");
  });

  it("writes one HTML page per report and an index sorted by severity", async () => {
    const out = join(dir, "..", `${dir.split("/").pop()}-out`);
    const r = await runCli(["audit", dir, "--output", out, "--format", "csv"]);
    expect(r.code).toBe(2);
    const pages = readdirSync(out);
    expect(pages).toContain("index.html");
    expect(pages.filter((p) => p.endsWith(".html"))).toHaveLength(seeds.length * 3 + 2);
    expect(pages.some((p) => p.endsWith(".tmp"))).toBe(false);
    const index = readFileSync(join(out, "index.html"), "utf8");
    const order = [...index.matchAll(/<tr( class="unreadable")?><td>(?:<a href="([^"]+)">)?/g)].map(
      (m) => m[2] ?? "unreadable",
    );
    expect(order[order.length - 1]).toMatch(/zz-corrupt/); // unreadable files last
    expect(order[0]).toMatch(/000_/); // the report with the most errors first
    expect(r.stderr).toContain("需退回修改的文件");
    expect(r.stdout.split("\r\n")[0]).toBe(
      "path,status,errors,warnings,infos,gross,figures,checks,consistent,inconsistent,unverifiable,rules,error",
    );
  });
});

describe("csv and jsonl", () => {
  const reports: FileReport[] = [
    {
      path: '=HYPERLINK("x"),a.txt',
      status: "error",
      error: { code: "binary", message: 'bad "file", really' },
      result: null,
    },
  ];
  it("quotes commas and quotes, and defuses spreadsheet formulas", () => {
    const csv = formatCsv(reports, { lang: "zh", color: false, toolVersion: "0" });
    expect(csv.split("\r\n")[1]).toBe(
      `"'=HYPERLINK(""x""),a.txt",error,0,0,0,0,,,,,,,"bad ""file"", really"`,
    );
  });
  it("writes one JSON object per line", () => {
    const lines = formatJsonl(reports, { lang: "zh", color: false, toolVersion: "0" }).trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ status: "error", findings: [] });
  });
});

describe("spreadsheets", () => {
  it("names the cell of each figure read from an .xlsx (Sheet1!C7)", async () => {
    const r = await runCli(["audit", "fixtures/formats/report.xlsx", "--format", "json"]);
    const file = JSON.parse(r.stdout).files[0];
    const cells = [...file.findings, ...file.checks]
      .map((x: { span: { cell?: string } }) => x.span.cell)
      .filter(Boolean);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c).toMatch(/^('[^']+'|[^!']+)![A-Z]+\d+$/);
  });
});
