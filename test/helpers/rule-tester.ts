/**
 * A strict table-driven tester for rules, in the spirit of ESLint's RuleTester: each `valid` text
 * must give at least one consistent check of the rule and no finding; each `invalid` text must
 * give exactly the findings listed — with their severity, the text they point at, the value
 * recomputed and (when given) the hint — and every placeholder of the message must be filled.
 */
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { COMMON_MESSAGES, type Rule } from "../../src/rules/index.js";
import type { Severity } from "../../src/types.js";

export interface ValidCase {
  readonly text: string;
  /** How many consistent checks of this rule the text gives (default: at least one). */
  readonly checks?: number;
  /** The variant that holds, when the rule has several. */
  readonly variant?: string;
}

export interface ExpectedFinding {
  readonly severity: Severity;
  /** The text the finding's span covers (the stated figure). */
  readonly at: string;
  readonly expected?: string;
  readonly messageId?: string;
  readonly gross?: boolean;
  /** `written→probably`, or null when no hint must be given. */
  readonly hint?: string | null;
}

export interface InvalidCase {
  readonly text: string;
  readonly findings: readonly ExpectedFinding[];
}

export interface UnverifiableCase {
  readonly text: string;
  readonly at: string;
}

export interface Cases {
  readonly valid: readonly (ValidCase | string)[];
  readonly invalid: readonly InvalidCase[];
  readonly unverifiable?: readonly UnverifiableCase[];
  /** Texts where the rule must find no relation at all (it must not bind unrelated figures). */
  readonly ignored?: readonly string[];
}

function placeholdersFilled(rule: Rule, messageId: string, data: Readonly<Record<string, string>>): void {
  const tpl = rule.meta.messages[messageId] ?? COMMON_MESSAGES[messageId];
  expect(tpl, `message ${messageId} exists in ${rule.meta.id}`).toBeDefined();
  for (const lang of ["zh", "en"] as const) {
    for (const m of tpl![lang].matchAll(/\{\{(\w+)\}\}/g)) {
      expect(data[m[1]!], `placeholder {{${m[1]}}} of ${rule.meta.id}/${messageId} (${lang})`).toBeTypeOf(
        "string",
      );
    }
  }
}

export function runRuleTests(rule: Rule, cases: Cases): void {
  const texts = [
    ...cases.valid.map((c) => (typeof c === "string" ? c : c.text)),
    ...cases.invalid.map((c) => c.text),
  ];
  describe(rule.meta.id, () => {
    it("has no duplicate cases", () => {
      expect(new Set(texts).size).toBe(texts.length);
    });
    for (const c of cases.valid) {
      const v = typeof c === "string" ? { text: c } : c;
      it(`valid: ${v.text.slice(0, 60)}`, () => {
        const r = audit(v.text, { rules: [rule] });
        expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
        const own = r.checks.filter((k) => k.ruleId === rule.meta.id && k.status === "consistent");
        if (v.checks !== undefined) expect(own.length).toBe(v.checks);
        else expect(own.length).toBeGreaterThan(0);
        if (v.variant) expect(own.map((k) => k.variant)).toContain(v.variant);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.text.slice(0, 60)}`, () => {
        const r = audit(c.text, { rules: [rule] });
        const got = r.findings.filter(
          (f) => f.severity !== "info" || c.findings.some((e) => e.severity === "info"),
        );
        expect(got.length, JSON.stringify(got.map((f) => [f.messageId, f.stated, f.expected]))).toBe(
          c.findings.length,
        );
        c.findings.forEach((e, i) => {
          const f = got[i]!;
          expect(f.ruleId).toBe(rule.meta.id);
          expect(f.severity).toBe(e.severity);
          expect(c.text.slice(f.span.start, f.span.end)).toBe(e.at);
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(c.text.length);
          for (const rel of f.related) expect(rel.end).toBeLessThanOrEqual(c.text.length);
          if (e.expected !== undefined) expect(f.expected).toBe(e.expected);
          if (e.messageId !== undefined) expect(f.messageId).toBe(e.messageId);
          if (e.gross !== undefined) expect(f.gross).toBe(e.gross);
          if (e.hint !== undefined)
            expect(f.hint ? `${f.hint.written}→${f.hint.probably}` : null).toBe(e.hint);
          placeholdersFilled(rule, f.messageId, f.data);
        });
      });
    }
    for (const c of cases.unverifiable ?? []) {
      it(`unverifiable: ${c.text.slice(0, 60)}`, () => {
        const r = audit(c.text, { rules: [rule] });
        expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
        const u = r.checks.filter((k) => k.ruleId === rule.meta.id && k.status === "unverifiable");
        expect(u.map((k) => c.text.slice(k.span.start, k.span.end))).toContain(c.at);
      });
    }
    for (const text of cases.ignored ?? []) {
      it(`ignored: ${text.slice(0, 60)}`, () => {
        const r = audit(text, { rules: [rule] });
        expect(r.findings).toEqual([]);
        expect(r.checks.filter((k) => k.ruleId === rule.meta.id && k.status !== "unverifiable")).toEqual([]);
      });
    }
  });
}
