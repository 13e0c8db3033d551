/** Totals over all files, shared by the formatters (and the CLI's exit status). */
import type { FileReport } from "./types.js";

export interface SeverityCounts {
  /** Findings by severity, over all files. */
  error: number;
  warning: number;
  info: number;
  /** Findings marked `gross: true` (each is also counted as an error). */
  gross: number;
  /** Files reported, audited or not. */
  files: number;
  /** Audited files with at least one `error` finding. */
  filesWithErrors: number;
  /** Files that could not be audited (`status: "error"`). */
  failed: number;
}

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const c: SeverityCounts = {
    error: 0,
    warning: 0,
    info: 0,
    gross: 0,
    files: 0,
    filesWithErrors: 0,
    failed: 0,
  };
  for (const r of reports) {
    c.files++;
    if (r.status === "error" || r.result === null) {
      if (r.status === "error") c.failed++;
      continue;
    }
    let errors = 0;
    for (const f of r.result.findings) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") c.warning++;
      else c.info++;
      if (f.gross) c.gross++;
    }
    c.error += errors;
    if (errors > 0) c.filesWithErrors++;
  }
  return c;
}
