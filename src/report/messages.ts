/**
 * Rendering findings into words. Findings are data (ruleId, messageId, data); the templates live
 * in each rule's `meta.messages` and in `COMMON_MESSAGES`; this module is the only place that turns
 * them into text. Every other user-facing string of src/report lives in the `UI` catalogue below.
 */
import { builtinRules, COMMON_MESSAGES, type Rule, ruleById } from "../rules/index.js";
import type { AuditStats, Finding, Hint, Severity } from "../types.js";
import type { SeverityCounts } from "./stats.js";

export type Lang = "zh" | "en";
export type Slip = Hint["slip"];

export interface UiStrings {
  readonly severity: Readonly<Record<Severity, string>>;
  /** The label of a `gross: true` finding (design.md §4). */
  readonly gross: string;
  readonly stated: string;
  readonly recomputed: string;
  readonly formula: string;
  readonly hint: string;
  readonly slip: Readonly<Record<Slip, string>>;
  /** "99.26 可能应为 99.22（数字写错）" */
  hintLine(written: string, probably: string, slip: string): string;
  /** "报告值 99.26%，重算 99.22%；算式 …", leaving out the parts that are null. */
  details(stated: string | null, expected: string | null, formula: string | null): string;
  /** "数字 412 个，核对关系 57 条：一致 50，不一致 6，无法核验 1" */
  coverage(stats: AuditStats): string;
  /** "✖ 7 个问题（2 个错误，4 个警告，1 条提示），共 5 个文件" or "✔ 未发现问题" */
  summary(counts: SeverityCounts): string;
  /** "错误（结论性错误）": the severity of a finding, with the gross label when it has one. */
  severityLabel(severity: Severity, gross: boolean): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const ZH_SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

export const UI: Readonly<Record<Lang, UiStrings>> = {
  zh: {
    severity: ZH_SEVERITY,
    gross: "结论性错误",
    stated: "报告值",
    recomputed: "重算",
    formula: "算式",
    hint: "提示",
    slip: {
      digit: "数字写错",
      swap: "相邻数字颠倒",
      drop: "漏写一位",
      double: "多写一位",
      point: "小数点错位",
      sign: "正负号有误",
    },
    hintLine: (written, probably, slip) => `${written} 可能应为 ${probably}（${slip}）`,
    details(stated, expected, formula) {
      const values = [
        stated === null ? null : `报告值 ${stated}`,
        expected === null ? null : `重算 ${expected}`,
      ].filter((x) => x !== null);
      return [values.join("，"), formula === null ? "" : `算式 ${formula}`].filter(Boolean).join("；");
    },
    coverage: (s) =>
      `数字 ${s.figures} 个，核对关系 ${s.checks} 条：一致 ${s.consistent}，不一致 ${s.inconsistent}，无法核验 ${s.unverifiable}`,
    summary(c) {
      const problems = c.error + c.warning + c.info;
      if (problems === 0 && c.failed === 0) return "✔ 未发现问题";
      const parts: string[] = [];
      if (problems > 0)
        parts.push(`${problems} 个问题（${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示）`);
      parts.push(`共 ${c.files} 个文件`);
      if (c.failed > 0) parts.push(`其中 ${c.failed} 个无法读取`);
      return `✖ ${parts.join("，")}`;
    },
    severityLabel: (severity, gross) =>
      gross ? `${ZH_SEVERITY[severity]}（结论性错误）` : ZH_SEVERITY[severity],
  },
  en: {
    severity: { error: "error", warning: "warning", info: "info" },
    gross: "changes a conclusion",
    stated: "stated",
    recomputed: "recomputed",
    formula: "formula",
    hint: "hint",
    slip: {
      digit: "a digit mistyped",
      swap: "adjacent digits swapped",
      drop: "a digit dropped",
      double: "a digit doubled",
      point: "decimal point misplaced",
      sign: "sign lost or flipped",
    },
    hintLine: (written, probably, slip) => `${written} probably should read ${probably} (${slip})`,
    details(stated, expected, formula) {
      const values = [
        stated === null ? null : `stated ${stated}`,
        expected === null ? null : `recomputed ${expected}`,
      ].filter((x) => x !== null);
      return [values.join(", "), formula === null ? "" : `formula ${formula}`].filter(Boolean).join("; ");
    },
    coverage: (s) =>
      `${plural(s.figures, "figure", "figures")}, ${plural(s.checks, "relation", "relations")} checked: ` +
      `${s.consistent} consistent, ${s.inconsistent} inconsistent, ${s.unverifiable} unverifiable`,
    summary(c) {
      const problems = c.error + c.warning + c.info;
      if (problems === 0 && c.failed === 0) return "✔ no problems";
      const files = plural(c.files, "file", "files");
      if (problems === 0) return `✖ ${c.failed} of ${files} could not be read`;
      const found =
        `${plural(problems, "problem", "problems")} (${plural(c.error, "error", "errors")}, ` +
        `${plural(c.warning, "warning", "warnings")}, ${c.info} info) in ${files}`;
      return c.failed > 0 ? `✖ ${found}; ${c.failed} could not be read` : `✖ ${found}`;
    },
    severityLabel: (severity, gross) => (gross ? `${severity} (changes a conclusion)` : severity),
  },
};

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;

const own = (o: object, k: string) => Object.hasOwn(o, k);

/** The value of `{{key}}`: for English `keyEn` wins over `key`; undefined when neither is given. */
function lookup(data: Readonly<Record<string, unknown>>, key: string, lang: Lang): string | undefined {
  const en = `${key}En`;
  const order = lang === "en" ? [en, key] : [key, en];
  for (const k of order) {
    const v = own(data, k) ? data[k] : undefined;
    if (v !== undefined && v !== null) return String(v);
  }
  return undefined;
}

/** "rate/fund-usage rate: name=资金使用率, stated=99.26%" — when no template fits the finding. */
function fallback(finding: Finding, lang: Lang): string {
  const data = (finding.data ?? {}) as Readonly<Record<string, unknown>>;
  const keys = Object.keys(data).filter((k) => !(k.endsWith("En") && own(data, k.slice(0, -2))));
  const pairs = keys.map((k) => `${k}=${lookup(data, k.endsWith("En") ? k.slice(0, -2) : k, lang) ?? ""}`);
  const head = `${finding.ruleId} ${finding.messageId}`.trim();
  return pairs.length > 0 ? `${head}: ${pairs.join(", ")}` : head;
}

/**
 * A finding's message in `lang`: the template `messageId` of the finding's rule (looked up in
 * `rules`, by default the built-in ones), else of `COMMON_MESSAGES`, with `{{name}}` filled from
 * `finding.data`. Never throws: a missing template or an unknown placeholder gives a plain line
 * with the rule id and the data instead.
 */
export function renderMessage(finding: Finding, lang: Lang, rules: readonly Rule[] = builtinRules): string {
  const messages = ruleById(finding.ruleId, rules)?.meta.messages;
  const id = finding.messageId;
  const template =
    (messages && own(messages, id) ? messages[id]?.[lang] : undefined) ??
    (own(COMMON_MESSAGES, id) ? COMMON_MESSAGES[id]?.[lang] : undefined);
  if (typeof template !== "string") return fallback(finding, lang);
  const data = (finding.data ?? {}) as Readonly<Record<string, unknown>>;
  let missing = false;
  const text = template.replace(PLACEHOLDER, (whole, key: string) => {
    const v = lookup(data, key, lang);
    if (v === undefined) missing = true;
    return v ?? whole;
  });
  return missing ? fallback(finding, lang) : text;
}

/** "99.26 可能应为 99.22（数字写错）" / "99.26 probably should read 99.22 (a digit mistyped)". */
export function renderHint(hint: Hint, lang: Lang): string {
  const ui = UI[lang];
  const slip = own(ui.slip, hint.slip) ? ui.slip[hint.slip] : String(hint.slip);
  return ui.hintLine(hint.written, hint.probably, slip);
}
