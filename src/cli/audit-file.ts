/**
 * Auditing one file: read it, audit it, and shape the result as a FileReport. Shared by the
 * in-process path and the worker threads of a batch, so both give the same result.
 */
import { AuditInputError, audit } from "../audit.js";
import type { BindingLog } from "../checks/context.js";
import type { Config } from "../config.js";
import { INGEST_MESSAGES, readReport } from "../ingest/index.js";
import type { FileReport } from "../report/index.js";
import { fill } from "../template.js";

export type Lang = "zh" | "en";

export function errorReport(path: string, code: string, detail: string, lang: Lang): FileReport {
  const template = INGEST_MESSAGES[code as keyof typeof INGEST_MESSAGES]?.[lang] ?? "{{path}}: {{detail}}";
  return { path, status: "error", error: { code, message: fill(template, { path, detail }) }, result: null };
}

export async function auditFile(
  path: string,
  config: Config | null,
  lang: Lang,
  log?: BindingLog,
  maxBytes?: number,
): Promise<FileReport> {
  const read = await readReport(path, maxBytes ? { maxBytes } : undefined);
  if (!read.ok) return errorReport(path, read.code, read.detail, lang);
  try {
    const result = audit(read.text, {
      ...(log ? { log } : {}),
      ...(config ? { rules: [...config.rules], severity: { ...config.severity } } : {}),
    });
    return {
      path,
      status: "ok",
      error: null,
      result,
      ...(read.sourceMap ? { sourceMap: read.sourceMap } : {}),
    };
  } catch (err) {
    const code = err instanceof AuditInputError ? err.code : "internal";
    return { path, status: "error", error: { code, message: (err as Error).message }, result: null };
  }
}

/** What crosses a thread boundary: the figures (Decimal objects) stay behind; formatters do not use them. */
export function transferable(r: FileReport): FileReport {
  return r.result ? { ...r, result: { ...r.result, figures: [] } } : r;
}
