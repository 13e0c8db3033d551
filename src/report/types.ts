/** What a formatter receives: one report per input file, audited or not. */
import type { SourceMap } from "../ingest/source-map.js";
import type { Rule } from "../rules/index.js";
import type { AuditResult } from "../types.js";

export interface FileReport {
  path: string;
  status: "ok" | "error";
  /** Why the file could not be audited; the message is already in the user's language. */
  error: { code: string; message: string } | null;
  /** null when status is "error". */
  result: AuditResult | null;
  /** Where text offsets came from in a structured source (an .xlsx: cells such as Sheet1!C7). */
  sourceMap?: SourceMap;
}

export interface FormatOptions {
  lang: "zh" | "en";
  /** ANSI colours (stylish only); with false the output holds no escape codes. */
  color: boolean;
  /** The rules whose message templates render the findings; the built-in ones by default. */
  rules?: readonly Rule[];
  toolVersion: string;
}

/** A formatter is a pure function from reports to the text to print. */
export type Formatter = (reports: readonly FileReport[], opts: FormatOptions) => string;
