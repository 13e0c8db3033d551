/**
 * The examples each rule shows in `gouji explain` and on its page under docs/rules/ are
 * executable: every `valid` sentence gives a consistent check of the rule and no warning or error;
 * every `invalid` one is flagged by the rule. A rule removed or a formula changed breaks these.
 */
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { builtinRules } from "../../src/rules/index.js";

/** Kinds that record no relation and only note what they saw (always info). */
const NOTE_KINDS: ReadonlySet<string> = new Set(["table-unread"]);

describe("rule examples", () => {
  for (const rule of builtinRules) {
    const ex = rule.meta.examples;
    if (!ex) continue;
    const notes = NOTE_KINDS.has(rule.check.kind);
    for (const text of ex.valid) {
      it(`${rule.meta.id} accepts: ${text}`, () => {
        const r = audit(text, { rules: [rule] });
        if (notes) expect(r.findings).toEqual([]);
        else {
          expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
          expect(r.checks.some((c) => c.ruleId === rule.meta.id && c.status === "consistent")).toBe(true);
        }
      });
    }
    for (const text of ex.invalid) {
      it(`${rule.meta.id} flags: ${text}`, () => {
        const r = audit(text, { rules: [rule] });
        const own = r.findings.filter((f) => f.ruleId === rule.meta.id);
        expect(own.some((f) => notes || f.severity !== "info")).toBe(true);
      });
    }
  }
});
