/**
 * gouji as a library: audit a report's text (pure, synchronous), read a file of any supported
 * encoding, format results, load a user's config. Everything a caller needs is typed.
 */
export { AuditInputError, AuditOptions, audit } from "./audit.js";
export { type Config, type ConfigResult, loadConfig } from "./config.js";
export { type Analysis, analyze, type ExtractedFigure } from "./extract/index.js";
export { decode, expandInputs, INGEST_MESSAGES, type ReadResult, readReport } from "./ingest/index.js";
export {
  type FileReport,
  type FormatName,
  type FormatOptions,
  formatSummary,
  formatters,
  renderMessage,
  summarize,
  toJsonOutput,
} from "./report/index.js";
export { builtinRules, defineRule, type Rule, ruleById } from "./rules/index.js";
export type * from "./types.js";
