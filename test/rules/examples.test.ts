/**
 * The examples each rule shows in `gouji explain` and on its page under docs/rules/ are
 * executable: every `valid` sentence gives a consistent check of the rule and no warning or error;
 * every `invalid` one is flagged by the rule. A rule removed or a formula changed breaks these.
 */
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { builtinRules } from "../../src/rules/index.js";

describe("rule examples", () => {
  for (const rule of builtinRules) {
    const ex = rule.meta.examples;
    if (!ex) continue;
    for (const text of ex.valid) {
      it(`${rule.meta.id} accepts: ${text}`, () => {
        const r = audit(text, { rules: [rule] });
        expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
        expect(r.checks.some((c) => c.ruleId === rule.meta.id && c.status === "consistent")).toBe(true);
      });
    }
    for (const text of ex.invalid) {
      it(`${rule.meta.id} flags: ${text}`, () => {
        const r = audit(text, { rules: [rule] });
        expect(r.findings.some((f) => f.ruleId === rule.meta.id && f.severity !== "info")).toBe(true);
      });
    }
  }
});
