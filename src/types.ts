/**
 * The data model shared by every stage of gouji.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the decoded text, 0-based;
 * lines and columns are 1-based and always derived from offsets by `src/report/location.ts`.
 */
import type { Decimal } from "./checks/decimal.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What kind of quantity a figure is; relations only bind figures of compatible kinds. */
export type FigureKind =
  | "money" // 元 / 万元 / 亿元
  | "percent" // %
  | "points" // 个百分点
  | "score" // 分
  | "count" // 个 名 人 家 项 …
  | "measure" // 平方米 吨 亩 …
  | "plain"; // a bare number

export interface Figure {
  /** Index of the figure in document order. */
  readonly id: number;
  /** The text as written, number and unit, e.g. `14,631.38万元`. */
  readonly raw: string;
  /** The digits as written (separators removed, full-width folded), e.g. `14631.38`, `-8.8`. */
  readonly digits: string;
  /** Exact value in the written scale (14631.38 for 14631.38万元; 99.26 for 99.26%). */
  readonly value: Decimal;
  /** The unit as written after normalisation: 元, 万元, 亿元, %, 个百分点, 分, 个, 名, 平方米 … or "". */
  readonly unit: string;
  readonly kind: FigureKind;
  /** Multiplier from the written value to the base unit (元 for money, 1 for counts; 0.01 for %). */
  readonly scale: Decimal;
  /** Decimals written (2 for 99.26, 0 for 5,296); -1 for Chinese numerals (exact counts). */
  readonly decimals: number;
  /** True when the value is exact by nature (counts, Chinese numerals). */
  readonly exact: boolean;
  /** Span of the number and its unit. */
  readonly span: Span;
  /** Span of the number only. */
  readonly numberSpan: Span;
  /** The noun phrase the figure qualifies (nearest label before it in its clause), e.g. 实际支出. */
  readonly label: string;
  readonly labelSpan: Span;
  /** Index of the sentence and paragraph holding the figure. */
  readonly sentence: number;
  readonly paragraph: number;
}

export type Severity = "error" | "warning" | "info";
export type CheckStatus = "consistent" | "inconsistent" | "unverifiable";

export interface RelatedSpan extends Span {
  readonly role: string;
}

/** A finding is data; it is rendered to text only in src/report. */
export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly severity: Severity;
  readonly gross: boolean;
  readonly span: Span;
  readonly related: readonly RelatedSpan[];
  /** The stated value as written (e.g. `99.26%`). */
  readonly stated: string | null;
  /** The value the report's own figures give, formatted at the stated precision (e.g. `99.22%`). */
  readonly expected: string | null;
  /** How it was recomputed, with the figures as written (e.g. `14516.58 / 14631.38 × 100%`). */
  readonly formula: string | null;
  readonly hint: Hint | null;
}

export interface Hint {
  /** The figure that probably carries a typing slip. */
  readonly span: Span;
  readonly written: string;
  readonly probably: string;
  readonly slip: "digit" | "swap" | "drop" | "double" | "point" | "sign";
}

export interface CheckRecord {
  readonly ruleId: string;
  readonly status: CheckStatus;
  readonly span: Span;
  readonly related: readonly RelatedSpan[];
  readonly formula: string | null;
  /** Which formula variant held, when a rule has several. */
  readonly variant: string | null;
}

export interface AuditStats {
  readonly figures: number;
  readonly checks: number;
  readonly consistent: number;
  readonly inconsistent: number;
  readonly unverifiable: number;
}

export interface AuditResult {
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly checks: readonly CheckRecord[];
  readonly figures: readonly Figure[];
  readonly stats: AuditStats;
}
