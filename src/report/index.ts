/** src/report: pure functions from audit results to text. */
import { formatHtml } from "./formatters/html.js";
import { formatJson } from "./formatters/json.js";
import { formatMarkdown } from "./formatters/markdown.js";
import { formatSarif } from "./formatters/sarif.js";
import { formatStylish } from "./formatters/stylish.js";
import { formatCsv, formatJsonl } from "./formatters/table.js";
import type { Formatter } from "./types.js";

export { escapeHtml, formatHtml, formatHtmlFile } from "./formatters/html.js";
export { formatHtmlIndex } from "./formatters/html-index.js";
export {
  formatJson,
  type JsonCheck,
  type JsonFile,
  type JsonFinding,
  type JsonHint,
  type JsonOutput,
  type JsonRelated,
  type JsonSpan,
  toJsonOutput,
} from "./formatters/json.js";
export { codeSpan, escapeMarkdown, formatMarkdown } from "./formatters/markdown.js";
export {
  defaultLevel,
  formatSarif,
  GOUJI_INFORMATION_URI,
  pathToUri,
  SARIF_SCHEMA,
  type SarifLevel,
  type SarifLocation,
  type SarifLog,
  type SarifNotification,
  type SarifRegion,
  type SarifReportingDescriptor,
  type SarifResult,
  type SarifRun,
  toSarifLog,
} from "./formatters/sarif.js";
export { formatStylish, snippet } from "./formatters/stylish.js";
export { formatCsv, formatJsonl } from "./formatters/table.js";
export { DOC, type DocStrings } from "./labels.js";
export { LineIndex, type Point, toPoint } from "./location.js";
export { type Lang, renderHint, renderMessage, type Slip, UI, type UiStrings } from "./messages.js";
export { roleName } from "./roles.js";
export { countSeverities, type SeverityCounts } from "./stats.js";
export { type BatchSummary, formatSummary, summarize } from "./summary.js";
export type { FileReport, FormatOptions, Formatter } from "./types.js";
export { codePointWidth, displayWidth } from "./width.js";

export const formatters = {
  json: formatJson,
  stylish: formatStylish,
  markdown: formatMarkdown,
  sarif: formatSarif,
  html: formatHtml,
  csv: formatCsv,
  jsonl: formatJsonl,
} satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
