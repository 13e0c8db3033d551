/**
 * SARIF 2.1.0 (OASIS), so that code-review and CI tools can show the findings: one run of the
 * `gouji` driver; its `rules` are the rule metadata (id, description in the chosen language,
 * default level); each finding is a result located by a region of the audited text; the files
 * that could not be read are tool execution notifications of the run's invocation.
 *
 * Positions follow design.md §5: `charOffset`/`charLength` and columns count UTF-16 code units
 * (`columnKind: "utf16CodeUnits"`), lines are 1-based and break at "\n" or "\r\n" (the schema's
 * default `newlineSequences`, stated explicitly). `endColumn` is the column just past the region.
 * For a file converted to text (.docx, .pdf …) the region is in the extracted text; `snippet`
 * carries the figure itself so that a viewer can show it without the file.
 */
import { builtinRules, type Rule } from "../../rules/index.js";
import type { Finding, RelatedSpan, Severity, Span } from "../../types.js";
import { DOC } from "../labels.js";
import { LineIndex } from "../location.js";
import { renderHint, renderMessage } from "../messages.js";
import { roleName } from "../roles.js";
import type { FileReport, FormatOptions } from "../types.js";

export const SARIF_SCHEMA =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/** Where people learn about gouji (the npm page of the package). */
export const GOUJI_INFORMATION_URI = "https://www.npmjs.com/package/gouji";

export type SarifLevel = "error" | "warning" | "note";

export interface SarifMessage {
  text: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet?: { text: string };
}

export interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion };
  message?: SarifMessage;
}

export interface SarifReportingDescriptor {
  id: string;
  shortDescription?: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties?: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations: SarifLocation[];
  properties: {
    severity: Severity;
    gross: boolean;
    stated: string | null;
    expected: string | null;
    formula: string | null;
    hint: {
      written: string;
      probably: string;
      slip: string;
      message: string;
      charOffset: number;
      charLength: number;
    } | null;
    messageId: string;
  };
}

export interface SarifNotification {
  level: "error";
  message: SarifMessage;
  locations: SarifLocation[];
  properties: { code: string | null };
}

export interface SarifRun {
  tool: {
    driver: {
      name: "gouji";
      version: string;
      informationUri: string;
      language: string;
      rules: SarifReportingDescriptor[];
    };
  };
  invocations: [{ executionSuccessful: true; toolExecutionNotifications: SarifNotification[] }];
  language: string;
  columnKind: "utf16CodeUnits";
  newlineSequences: string[];
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: [SarifRun];
}

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

/**
 * The level a rule's findings usually have (design.md §4): relations found by label — the catalog
 * rates and the balance identity — are warnings; explicit ones (formulas, 其中/合计, 占, 增长,
 * 百分点) are errors. Each result states its own level; this is only the descriptor's default.
 */
export function defaultLevel(rule: Rule): SarifLevel {
  return rule.check.kind === "named-rate" || rule.check.kind === "balance" ? "warning" : "error";
}

/** A report path as a URI reference: "/" separators, percent-encoded where a URI needs it. */
export function pathToUri(path: string): string {
  const p = path
    .replace(/\\/g, "/")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  const encoded = encodeURI(p).replace(/[?#]/g, (c) => (c === "?" ? "%3F" : "%23"));
  if (/^[A-Za-z]:\//.test(p)) return `file:///${encoded}`;
  // a colon in the first segment of a relative reference would read as a scheme
  const slash = encoded.indexOf("/");
  const head = slash === -1 ? encoded : encoded.slice(0, slash);
  return head.includes(":") ? head.replace(/:/g, "%3A") + encoded.slice(head.length) : encoded;
}

function region(index: LineIndex, span: Span): SarifRegion {
  const start = index.point(span.start);
  const end = index.point(Math.max(span.end, span.start));
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
    snippet: { text: index.text.slice(start.offset, end.offset) },
  };
}

interface RuleTable {
  rules: SarifReportingDescriptor[];
  index: Map<string, number>;
}

function ruleTable(reports: readonly FileReport[], opts: FormatOptions): RuleTable {
  const known = opts.rules ?? builtinRules;
  const rules: SarifReportingDescriptor[] = known.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.description[opts.lang] },
    defaultConfiguration: { level: defaultLevel(r) },
    properties: { tags: [r.meta.type] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // a finding of a rule we have no metadata for still gets a descriptor, so that ruleIndex holds
  for (const report of reports)
    for (const f of report.result?.findings ?? [])
      if (!index.has(f.ruleId)) {
        index.set(f.ruleId, rules.length);
        rules.push({ id: f.ruleId, defaultConfiguration: { level: "warning" } });
      }
  return { rules, index };
}

function toResult(
  f: Finding,
  uri: string,
  index: LineIndex,
  table: RuleTable,
  opts: FormatOptions,
): SarifResult {
  const doc = DOC[opts.lang];
  const rules = opts.rules ?? builtinRules;
  const related = (r: RelatedSpan, id: number): SarifLocation => ({
    id,
    physicalLocation: { artifactLocation: { uri }, region: region(index, r) },
    message: {
      text: `${roleName(f.ruleId, r.role, opts.lang, rules)}${doc.colon}${index.text.slice(r.start, r.end)}`,
    },
  });
  const ruleIndex = table.index.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity] ?? "warning",
    message: { text: renderMessage(f, opts.lang, opts.rules) },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(index, f.span) } }],
    relatedLocations: f.related.map(related),
    properties: {
      severity: f.severity,
      gross: f.gross,
      stated: f.stated,
      expected: f.expected,
      formula: f.formula,
      hint: f.hint
        ? {
            written: f.hint.written,
            probably: f.hint.probably,
            slip: f.hint.slip,
            message: renderHint(f.hint, opts.lang),
            charOffset: f.hint.span.start,
            charLength: f.hint.span.end - f.hint.span.start,
          }
        : null,
      messageId: f.messageId,
    },
  };
}

function notification(report: FileReport, opts: FormatOptions): SarifNotification {
  return {
    level: "error",
    message: { text: report.error?.message ?? DOC[opts.lang].unreadable },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(report.path) } } }],
    properties: { code: report.error?.code ?? null },
  };
}

/** The SARIF log as an object (what `formatSarif` prints). */
export function toSarifLog(reports: readonly FileReport[], opts: FormatOptions): SarifLog {
  const table = ruleTable(reports, opts);
  const results: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  for (const report of reports) {
    if (report.status === "error") {
      notifications.push(notification(report, opts));
      continue;
    }
    const result = report.result;
    if (result === null) continue;
    const uri = pathToUri(report.path);
    const index = new LineIndex(result.text);
    for (const f of result.findings) results.push(toResult(f, uri, index, table, opts));
  }
  const language = opts.lang === "zh" ? "zh-CN" : "en-US";
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gouji",
            version: opts.toolVersion,
            informationUri: GOUJI_INFORMATION_URI,
            language,
            rules: table.rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        language,
        columnKind: "utf16CodeUnits",
        newlineSequences: ["\r\n", "\n"],
        results,
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], opts: FormatOptions): string {
  return JSON.stringify(toSarifLog(reports, opts), null, 2) + "\n";
}
