/**
 * One rule, four places (style.md P11): `src/rules/<name>.ts` defines it, `src/rules/index.ts`
 * registers it, `test/rules/<name>.test.ts` tests it and `docs/rules/<name>.md` documents it, where
 * <name> is the rule's id with "/" replaced by "-". Fails when a piece is missing, when a file is
 * named after another id than its rule's, or when a file in src/rules is no registered rule. A
 * page no rule generates fails the docs test (rules.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleFileName } from "../../src/cli/text.js";
import { builtinRules } from "../../src/rules/index.js";

/** The files of src/rules that define no rule: the schema and builders, and the registry. */
const NOT_RULES = ["define.ts", "index.ts"];
/** The files of test/rules that test no one rule. */
const NOT_RULE_TESTS = ["examples.test.ts"];

const names = builtinRules.map((r) => ruleFileName(r.meta.id));
const sources = readdirSync("src/rules").filter((f) => f.endsWith(".ts") && !NOT_RULES.includes(f));

describe("rule files", () => {
  it("registers no id twice", () => {
    const ids = builtinRules.map((r) => r.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(names)("%s has its source, test and doc page", (name) => {
    expect(existsSync(`src/rules/${name}.ts`), `src/rules/${name}.ts`).toBe(true);
    expect(existsSync(`test/rules/${name}.test.ts`), `test/rules/${name}.test.ts`).toBe(true);
    expect(existsSync(`docs/rules/${name}.md`), `docs/rules/${name}.md`).toBe(true);
  });

  it.each(sources)(
    "src/rules/%s exports, as its default, a registered rule named after the file",
    async (file) => {
      const mod = (await import(pathToFileURL(resolve("src/rules", file)).href)) as { default?: unknown };
      const rule = builtinRules.find((r) => r === mod.default);
      expect(rule, `src/rules/${file} is not registered in src/rules/index.ts`).toBeDefined();
      expect(`${ruleFileName(rule!.meta.id)}.ts`, `the id ${rule!.meta.id} of src/rules/${file}`).toBe(file);
    },
  );

  it("has a test file for registered rules only, and each tests its own rule", () => {
    for (const file of readdirSync("test/rules").filter((f) => !NOT_RULE_TESTS.includes(f))) {
      const name = file.replace(/\.test\.ts$/, "");
      expect(names, `test/rules/${file} names no registered rule`).toContain(name);
      expect(readFileSync(`test/rules/${file}`, "utf8"), `test/rules/${file} imports its rule`).toContain(
        `from "../../src/rules/${name}.js"`,
      );
    }
  });
});
