/**
 * Parity between the rule data and the docs (style.md P11): every message of a rule has both
 * languages and its placeholders, and docs/rules.md and the pages under docs/rules/ are what the
 * rule data generates (regenerate with `npm run docs`). Unique ids and a source, test and page for
 * every rule are rule-files.test.ts's business.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleDocs } from "../../src/cli/text.js";
import { builtinRules } from "../../src/rules/index.js";

describe("rule registry", () => {
  it("fills the same placeholders in Chinese and English", () => {
    for (const r of builtinRules)
      for (const [id, m] of Object.entries(r.meta.messages)) {
        const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]).sort();
        expect(names(m.en), `${r.meta.id}/${id}`).toEqual(names(m.zh));
      }
  });

  it("keeps docs/rules.md and docs/rules/*.md current", () => {
    const docs = ruleDocs(builtinRules);
    const pages = () => readdirSync("docs/rules").map((f) => `docs/rules/${f}`);
    if (process.env.UPDATE_DOCS) {
      mkdirSync("docs/rules", { recursive: true });
      for (const stale of pages().filter((f) => !docs.has(f))) rmSync(stale);
      for (const [path, text] of docs) writeFileSync(path, text);
    }
    expect(pages().sort(), "pages that no rule generates").toEqual(
      [...docs.keys()].filter((f) => f.startsWith("docs/rules/")).sort(),
    );
    for (const [path, text] of docs) expect(readFileSync(path, "utf8"), path).toBe(text);
  });
});

describe("precompiled formulas", () => {
  it("the build's table of parse trees covers every built-in formula (dist/checks/formulas.json)", async () => {
    const { readFileSync: read, existsSync } = await import("node:fs");
    expect(existsSync("dist/checks/formulas.json"), "npm test builds dist first (pretest)").toBe(true);
    const table = JSON.parse(read("dist/checks/formulas.json", "utf8")) as Record<string, { type: string }>;
    for (const r of builtinRules) {
      if (r.check.kind !== "named-rate") continue;
      for (const v of r.check.options.variants)
        expect(table[v.formula]?.type, `${r.meta.id}: ${v.formula}`).toBeTypeOf("string");
    }
  });
});
