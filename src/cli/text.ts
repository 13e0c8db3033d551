/** The command line's own words, in Chinese and English, and the rule listings. */
import type { Text } from "../rules/define.js";
import { COMMON_MESSAGES, type Rule } from "../rules/index.js";

export type Lang = "zh" | "en";

export const CLI_TEXT = {
  zh: {
    seeHelp: "运行 gouji --help 查看用法。",
    badLang: "不支持的语言 “{{lang}}”：--lang 只接受 zh 或 en。",
    badFormat: "不支持的输出格式 “{{format}}”：可选 {{formats}}。",
    badMaxWarnings: "--max-warnings 需要一个非负整数，收到 “{{value}}”。",
    noInput: "没有给出要核查的文件：gouji audit <文件|目录|通配符>…",
    unknownCommand: "未知命令 “{{command}}”：可用命令为 audit、rules、explain。",
    unknownRule: "没有编号为 “{{id}}” 的规则；运行 gouji rules 查看全部规则。",
    tooManyWarnings: "警告共 {{count}} 条，超过 --max-warnings {{max}}。",
    badJobs: "--jobs 需要一个正整数，收到 “{{value}}”。",
    badMaxSize: "--max-size 需要一个正数（单位 MiB），收到 “{{value}}”。",
    wroteOutput: "已写出 {{count}} 个报告页面和 index.html 到 {{dir}}",
    outputFailed: "无法写入输出目录 {{dir}}（{{detail}}）；请检查路径和权限。",
    configUnreadable: "无法读取配置文件 {{file}}（{{detail}}）；请检查 --config 给出的路径。",
  },
  en: {
    seeHelp: "Run gouji --help for usage.",
    badLang: "Unsupported language '{{lang}}': --lang takes zh or en.",
    badFormat: "Unsupported format '{{format}}': choose one of {{formats}}.",
    badMaxWarnings: "--max-warnings takes a whole number of 0 or more, got '{{value}}'.",
    noInput: "No files to audit: gouji audit <file|dir|glob>…",
    unknownCommand: "Unknown command '{{command}}': the commands are audit, rules, explain.",
    unknownRule: "There is no rule '{{id}}'; run gouji rules to list them.",
    tooManyWarnings: "{{count}} warnings, more than --max-warnings {{max}}.",
    badJobs: "--jobs takes a whole number of 1 or more, got '{{value}}'.",
    badMaxSize: "--max-size takes a positive number of MiB, got '{{value}}'.",
    wroteOutput: "Wrote {{count}} report pages and index.html to {{dir}}",
    outputFailed: "Cannot write the output folder {{dir}} ({{detail}}); check the path and permissions.",
    configUnreadable: "Cannot read the config file {{file}} ({{detail}}); check the path given to --config.",
  },
} as const;

export function usage(lang: Lang): string {
  if (lang === "en")
    return `gouji — audits the arithmetic of budget-performance reports (勾稽)

Usage:
  gouji audit <file|dir|glob>… [options]   audit reports (.txt, .md)
  gouji rules                              list the built-in rules
  gouji explain <ruleId>                   show one rule

Options:
  -f, --format <name>     stylish (default) | json | markdown | sarif | html | csv | jsonl
  -c, --config <file>     rules and severities, JSON or YAML (default: ./gouji.config.json, .yaml or .yml if present)
      --lang <zh|en>      language of messages (default zh)
  -q, --quiet             report errors only
      --max-warnings <n>  exit 1 when there are more than n warnings
  -o, --output <dir>      also write one HTML report per file and an index.html
  -j, --jobs <n>          worker threads for a batch (default: all cores)
      --max-size <MiB>    refuse files larger than this (default 50)
      --no-color          no colour (NO_COLOR is honoured too)
  -v, --verbose           log on stderr why figures were or were not bound
  -V, --version           print the version
  -h, --help              print this help

Exit status: 0 no error finding, 1 error findings, 2 the tool could not run (bad arguments, unreadable file).

Examples:
  gouji audit fixtures/reports/
  gouji audit report.txt --format json > report.json
  gouji audit "submissions/**/*.txt" --lang en --quiet
  gouji audit submissions/ --output out/ --format csv > summary.csv
`;
  return `gouji（勾稽）— 核查预算绩效自评报告中的数字关系

用法：
  gouji audit <文件|目录|通配符>… [选项]   核查报告（.txt、.md）
  gouji rules                              列出内置规则
  gouji explain <规则编号>                 查看一条规则

选项：
  -f, --format <格式>     stylish（默认）| json | markdown | sarif | html | csv | jsonl
  -c, --config <文件>     规则与严重程度配置，JSON 或 YAML（默认：当前目录的 gouji.config.json、.yaml 或 .yml）
      --lang <zh|en>      消息语言（默认 zh）
  -q, --quiet             只报告错误
      --max-warnings <n>  警告多于 n 条时以 1 退出
  -o, --output <目录>     另为每个文件写一份 HTML 报告，并写 index.html 汇总
  -j, --jobs <n>          批量核查使用的线程数（默认：全部核心）
      --max-size <MiB>    拒绝大于此大小的文件（默认 50）
      --no-color          不使用颜色（也遵从 NO_COLOR）
  -v, --verbose           在 stderr 记录数字为何被（或未被）纳入关系
  -V, --version           显示版本
  -h, --help              显示本帮助

退出状态：0 无错误；1 有错误；2 工具无法运行（参数错误、文件无法读取）。

示例：
  gouji audit fixtures/reports/
  gouji audit report.txt --format json > report.json
  gouji audit "submissions/**/*.txt" --lang en --quiet
  gouji audit submissions/ --output out/ --format csv > summary.csv
`;
}

export function listRules(rules: readonly Rule[], lang: Lang): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.description[lang]}`).join("\n") + "\n";
}

export function explainRule(rule: Rule, lang: Lang): string {
  const zh = lang === "zh";
  const lines = [`${rule.meta.id} — ${rule.meta.description[lang]}`, ""];
  lines.push(`${zh ? "检查类型" : "check kind"}: ${rule.check.kind}`);
  if (rule.check.kind === "named-rate") {
    const o = rule.check.options;
    lines.push(`${zh ? "指标名称" : "names"}: ${o.names.join(" | ")}`);
    if (o.context) lines.push(`${zh ? "上下文" : "context"}: ${o.context}`);
    lines.push(`${zh ? "输入" : "inputs"}:`);
    for (const [role, spec] of Object.entries(o.inputs))
      lines.push(
        `  ${role} (${spec.name[lang]}): ${spec.labels.join(" | ")}${spec.exclude.length ? `  ${zh ? "排除" : "not"} ${spec.exclude.join(" | ")}` : ""}`,
      );
    lines.push(
      `${zh ? "公式（第一条为标准公式，其余为可接受的变体）" : "formulas (the standard one first, then accepted variants)"}:`,
    );
    for (const v of o.variants) lines.push(`  ${v.formula}    ${v.name[lang]}`);
    if (o.zeroOverZero !== undefined) lines.push(`0 ÷ 0 → ${o.zeroOverZero * 100}%`);
  }
  lines.push("", `${zh ? "消息" : "messages"}:`);
  for (const [id, m] of Object.entries(rule.meta.messages)) lines.push(`  ${id}: ${m[lang]}`);
  const ex = rule.meta.examples;
  if (ex) {
    lines.push("", zh ? "会标记（示例）:" : "flags (examples):");
    for (const t of ex.invalid) lines.push(`  ✗ ${t}`);
    lines.push(zh ? "会接受（示例）:" : "accepts (examples):");
    for (const t of ex.valid) lines.push(`  ✓ ${t}`);
  }
  return lines.join("\n") + "\n";
}

/** The name a rule's source, test and doc page share: its id with "/" replaced by "-" (style P11). */
export const ruleFileName = (id: string): string => id.replace("/", "-");

const GENERATED =
  "<!-- Generated from src/rules by `npm run docs`; a test fails when this file is out of date. -->";

/**
 * docs/rules.md, the index, and docs/rules/<rule>.md, one page a rule: generated from the rule
 * data, keyed by path (a test keeps the files current).
 */
export function ruleDocs(rules: readonly Rule[]): ReadonlyMap<string, string> {
  const docs = new Map([["docs/rules.md", rulesIndex(rules)]]);
  for (const r of rules) docs.set(`docs/rules/${ruleFileName(r.meta.id)}.md`, rulePage(r));
  return docs;
}

function rulesIndex(rules: readonly Rule[]): string {
  return [
    "# gouji rules",
    "",
    GENERATED,
    "",
    "The rules in the order the engine runs them. Each page gives the rule's formulas, messages and examples.",
    "",
    "| rule | 说明 | description |",
    "|---|---|---|",
    ...rules.map(
      (r) =>
        `| [\`${r.meta.id}\`](rules/${ruleFileName(r.meta.id)}.md) | ${cell(r.meta.description.zh)} | ${cell(r.meta.description.en)} |`,
    ),
    "",
    "## Common messages",
    "",
    "Every rule can also report these, whatever its check kind.",
    "",
    ...messageTable(COMMON_MESSAGES),
    "",
  ].join("\n");
}

function rulePage(rule: Rule): string {
  const { meta, check } = rule;
  const out = [
    `# ${meta.id}`,
    "",
    GENERATED,
    "",
    meta.description.zh,
    "",
    meta.description.en,
    "",
    `- type: ${meta.type}`,
    `- check kind: ${check.kind}`,
    `- source: [src/rules/${ruleFileName(meta.id)}.ts](../../src/rules/${ruleFileName(meta.id)}.ts)`,
    "",
  ];
  if (check.kind === "named-rate") {
    const o = check.options;
    out.push("## Formulas", "", "The standard formula first, then the variants a reviewer accepts.", "");
    out.push("| formula | 说明 | description |", "|---|---|---|");
    for (const v of o.variants)
      out.push(`| \`${cell(v.formula)}\` | ${cell(v.name.zh)} | ${cell(v.name.en)} |`);
    out.push(
      "",
      "## Inputs",
      "",
      `Stated figure: ${o.target === "amount" ? "an amount" : "a percentage"}, named ${codes(o.names)}.`,
    );
    if (o.context) out.push(`The paragraph up to it must mention ${codes([o.context])}.`);
    if (o.zeroOverZero !== undefined) out.push(`0 ÷ 0 is written ${o.zeroOverZero * 100}%.`);
    out.push("", "| input | 名称 | name | labels | not |", "|---|---|---|---|---|");
    for (const [role, spec] of Object.entries(o.inputs))
      out.push(
        `| \`${role}\` | ${cell(spec.name.zh)} | ${cell(spec.name.en)} | ${codes(spec.labels)} | ${codes(spec.exclude)} |`,
      );
    out.push("");
  } else if (check.kind === "score-grade") {
    out.push("## Grade bands", "", "| grade | from | synonyms |", "|---|---|---|");
    for (const b of check.options.bands)
      out.push(`| ${b.grade} | ${b.min ?? "—"} | ${b.synonyms.join("、")} |`);
    out.push("");
  }
  out.push("## Messages", "", ...messageTable(meta.messages), "");
  out.push("Every rule can also report the [common messages](../rules.md#common-messages).", "");
  if (meta.examples) {
    out.push("## Examples", "", "These run as tests (test/rules/examples.test.ts).", "");
    if (meta.examples.invalid.length) out.push("Flagged:", "", ...meta.examples.invalid.flatMap(example));
    out.push("Accepted:", "", ...meta.examples.valid.flatMap(example));
  }
  return out.join("\n");
}

function messageTable(messages: Readonly<Record<string, Text>>): string[] {
  return [
    "| id | 中文 | English |",
    "|---|---|---|",
    ...Object.entries(messages).map(([id, m]) => `| \`${id}\` | ${cell(m.zh)} | ${cell(m.en)} |`),
  ];
}

const example = (text: string) => ["```text", text.replace(/\n+$/, ""), "```", ""];
const cell = (s: string) => s.replace(/\|/g, "\\|");
const codes = (xs: readonly string[]) => xs.map((x) => `\`${cell(x)}\``).join(" ");
