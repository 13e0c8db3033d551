/**
 * The words of the document formats (markdown, html, sarif) that the terminal catalogue `UI` of
 * messages.ts does not hold: column headings, section titles, the legend of the marked text.
 */
import type { AuditStats, CheckStatus, Severity } from "../types.js";
import type { Lang } from "./messages.js";

export interface DocStrings {
  /** The title of a document. */
  readonly title: string;
  /** The headings of the findings table, in order. */
  readonly columns: {
    readonly location: string;
    readonly severity: string;
    readonly message: string;
    readonly stated: string;
    readonly recomputed: string;
    readonly formula: string;
    readonly hint: string;
  };
  /** "2 个问题：1 个错误，1 个警告，0 条提示" or "未发现问题". */
  problems(c: { readonly error: number; readonly warning: number; readonly info: number }): string;
  /** "数字 412 个；核对关系 57 条：一致 50，不一致 6，无法核验 1". */
  coverage(s: AuditStats): string;
  /** "无法读取" */
  readonly unreadable: string;
  /** "无法读取的文件" */
  readonly unreadableFiles: string;
  /** "：" or ": " */
  readonly colon: string;
  /** "（ENOENT）" or " (ENOENT)", around an already formatted code. */
  paren(s: string): string;
  /** "第 4 行第 55 列" */
  position(line: number, column: number): string;
  /** "报告原文" */
  readonly reportText: string;
  /** "发现的问题" */
  readonly findings: string;
  /** "所用数字" */
  readonly figuresUsed: string;
  /** "文件" */
  readonly files: string;
  /** The legend of the marks in the text. */
  readonly legend: Readonly<Record<Severity | CheckStatus | "used", string>>;
  /** "未发现问题：核对的 50 条关系均一致。" */
  clean(s: AuditStats): string;
}

export const DOC: Readonly<Record<Lang, DocStrings>> = {
  zh: {
    title: "勾稽核查报告",
    columns: {
      location: "位置",
      severity: "严重程度",
      message: "说明",
      stated: "报告值",
      recomputed: "重算值",
      formula: "算式",
      hint: "提示",
    },
    problems: (c) => {
      const n = c.error + c.warning + c.info;
      return n === 0 ? "未发现问题" : `${n} 个问题：${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示`;
    },
    coverage: (s) =>
      `数字 ${s.figures} 个；核对关系 ${s.checks} 条：一致 ${s.consistent}，不一致 ${s.inconsistent}，无法核验 ${s.unverifiable}`,
    unreadable: "无法读取",
    unreadableFiles: "无法读取的文件",
    colon: "：",
    paren: (s) => `（${s}）`,
    position: (line, column) => `第 ${line} 行第 ${column} 列`,
    reportText: "报告原文",
    findings: "发现的问题",
    figuresUsed: "所用数字",
    files: "文件",
    legend: {
      error: "错误",
      warning: "警告",
      info: "提示",
      inconsistent: "不一致",
      unverifiable: "无法核验",
      consistent: "已核对，一致",
      used: "参与核对",
    },
    clean: (s) =>
      s.checks === 0
        ? "未发现问题：没有可核对的关系。"
        : `未发现问题：核对关系 ${s.checks} 条，一致 ${s.consistent}，无法核验 ${s.unverifiable}。`,
  },
  en: {
    title: "gouji audit report",
    columns: {
      location: "Location",
      severity: "Severity",
      message: "Message",
      stated: "Stated",
      recomputed: "Recomputed",
      formula: "Formula",
      hint: "Hint",
    },
    problems: (c) => {
      const n = c.error + c.warning + c.info;
      if (n === 0) return "no problems";
      const s = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
      return (
        `${s(n, "problem", "problems")}: ${s(c.error, "error", "errors")}, ` +
        `${s(c.warning, "warning", "warnings")}, ${c.info} info`
      );
    },
    coverage: (s) =>
      `${s.figures} ${s.figures === 1 ? "figure" : "figures"}; ${s.checks} ` +
      `${s.checks === 1 ? "relation" : "relations"} checked: ${s.consistent} consistent, ` +
      `${s.inconsistent} inconsistent, ${s.unverifiable} unverifiable`,
    unreadable: "could not be read",
    unreadableFiles: "Files that could not be read",
    colon: ": ",
    paren: (s) => ` (${s})`,
    position: (line, column) => `line ${line}, column ${column}`,
    reportText: "Report text",
    findings: "Findings",
    figuresUsed: "Figures used",
    files: "Files",
    legend: {
      error: "error",
      warning: "warning",
      info: "info",
      inconsistent: "inconsistent",
      unverifiable: "unverifiable",
      consistent: "checked, consistent",
      used: "used in a check",
    },
    clean: (s) =>
      s.checks === 0
        ? "No problems: no relation to check."
        : `No problems: ${s.checks} ${s.checks === 1 ? "relation" : "relations"} checked, ` +
          `${s.consistent} consistent, ${s.unverifiable} unverifiable.`,
  },
};
