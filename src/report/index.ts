/** src/report: pure functions from audit results to text. */
import { formatJson } from "./formatters/json.js";
import { formatStylish } from "./formatters/stylish.js";
import type { Formatter } from "./types.js";

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
export { formatStylish, snippet } from "./formatters/stylish.js";
export { LineIndex, type Point, toPoint } from "./location.js";
export { type Lang, renderHint, renderMessage, type Slip, UI, type UiStrings } from "./messages.js";
export { countSeverities, type SeverityCounts } from "./stats.js";
export type { FileReport, FormatOptions, Formatter } from "./types.js";
export { codePointWidth, displayWidth } from "./width.js";

export const formatters = { json: formatJson, stylish: formatStylish } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
