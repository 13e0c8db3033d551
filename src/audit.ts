/**
 * The library entry point: `audit(text, options)` → findings, checks and statistics.
 * Pure and synchronous: no file system, no console, no clock; the same input gives the same result.
 */
import { z } from "zod";
import type { BindingLog } from "./checks/context.js";
import { runRules } from "./checks/engine.js";
import { analyze } from "./extract/index.js";
import { builtinRules, type Rule } from "./rules/index.js";
import type { AuditResult, Finding } from "./types.js";

export const AuditOptions = z
  .object({
    /** Rules to run; the built-in rules by default. */
    rules: z
      .array(z.custom<Rule>((r) => typeof r === "object" && r !== null && "meta" in r && "check" in r))
      .optional(),
    /** A logger for binding decisions (pino-compatible `debug(obj, msg)`); silent by default. */
    log: z
      .custom<BindingLog>(
        (l) => typeof l === "object" && l !== null && typeof (l as BindingLog).debug === "function",
      )
      .optional(),
    /** Severity per rule id, overriding the engine's (a gross discrepancy stays an error). */
    severity: z.record(z.string(), z.enum(["info", "warning", "error"])).optional(),
    /** Refuse texts longer than this many characters (a report is rarely over a few hundred thousand). */
    maxLength: z.number().int().positive().default(20_000_000),
  })
  .strict();
export type AuditOptions = z.input<typeof AuditOptions>;

export class AuditInputError extends Error {
  constructor(
    readonly code: "invalid-options" | "too-large" | "not-text",
    message: string,
  ) {
    super(message);
    this.name = "AuditInputError";
  }
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function audit(text: string, options: AuditOptions = {}): AuditResult {
  const parsed = AuditOptions.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AuditInputError(
      "invalid-options",
      `[gouji] Invalid audit options: ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
  }
  if (typeof text !== "string")
    throw new AuditInputError("not-text", "[gouji] audit() takes the report's text as a string");
  const opts = parsed.data;
  if (text.length > opts.maxLength)
    throw new AuditInputError(
      "too-large",
      `[gouji] The text has ${text.length} characters, more than the limit of ${opts.maxLength}`,
    );
  const a = analyze(text);
  const { findings, checks } = runRules(a, opts.rules ?? builtinRules, opts.log);
  const levels = opts.severity ?? {};
  const stamped = findings.map((f) => {
    const level = levels[f.ruleId];
    return level && !f.gross ? { ...f, severity: level } : f;
  });
  const sorted = stamped.sort(
    (x: Finding, y: Finding) => x.span.start - y.span.start || ORDER[x.severity] - ORDER[y.severity],
  );
  const sortedChecks = [...checks].sort((x, y) => x.span.start - y.span.start);
  return {
    text,
    findings: sorted,
    checks: sortedChecks,
    figures: a.figures,
    stats: {
      figures: a.figures.length,
      checks: checks.length,
      consistent: checks.filter((c) => c.status === "consistent").length,
      inconsistent: checks.filter((c) => c.status === "inconsistent").length,
      unverifiable: checks.filter((c) => c.status === "unverifiable").length,
    },
  };
}
