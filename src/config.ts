/**
 * User configuration (`gouji.config.json`, or `gouji.config.yaml` / `.yml` with the same content in
 * YAML, where comments are welcome): severity per rule or `off`, and rules users write themselves in
 * the same schema as the built-ins. Pure: the CLI reads the file, this validates it.
 * An invalid config is reported with the file, the path inside it and what is wrong.
 */
import { createRequire } from "node:module";
import { z } from "zod";
import { ONE } from "./checks/decimal.js";
import { parseFormula } from "./checks/expr.js";
import { CheckSpec, IDENTITY_MESSAGES, RATE_MESSAGES, type Rule, RuleMeta, Text } from "./rules/define.js";
import { builtinRules } from "./rules/index.js";
import { withBands } from "./rules/score-grade.js";
import { fill } from "./template.js";

const Level = z.enum(["off", "info", "warning", "error"]);
export type Level = z.infer<typeof Level>;

/** A rule a user writes: the built-in schema, with messages optional (the catalog's are used). */
const UserRule = z
  .object({
    meta: RuleMeta.extend({ messages: z.record(z.string(), Text).optional() }),
    check: CheckSpec,
  })
  .strict();

const Band = z
  .object({ grade: z.string().min(1), min: z.number().nullable(), synonyms: z.array(z.string()).optional() })
  .strict();

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** ruleId → "off" | "info" | "warning" | "error". */
    rules: z.record(z.string(), Level).default({}),
    /** Rules of your own, in the schema of src/rules (check kind "named-rate"). */
    customRules: z.array(UserRule).default([]),
    /**
     * Grade bands by lower bound, highest first, the last with min null: [{ "grade": "优", "min": 90 },
     * { "grade": "良", "min": 75 }, { "grade": "中", "min": 60 }, { "grade": "差", "min": null }].
     */
    grades: z.array(Band).min(2).optional(),
  })
  .strict();

export interface Config {
  readonly rules: readonly Rule[];
  readonly severity: Readonly<Record<string, Exclude<Level, "off">>>;
  readonly grades?: readonly { grade: string; min: number | null }[];
}

/**
 * YAML read as plain data: an error or a warning (an unknown tag such as `!!js/function`) makes
 * the file invalid, aliases are refused, and merge keys are not expanded.
 */
function readYaml(source: string): unknown {
  // Loaded on first use: few configs are YAML, and loading the parser costs a cold start ~40 ms.
  const { parseDocument } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
  const doc = parseDocument(source, { merge: false, logLevel: "silent" });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw problem;
  return doc.toJS({ maxAliasCount: 0 });
}

/** Config files read as YAML; any other name is read as JSON. */
export const YAML_FILE = /\.ya?ml$/i;

/** The config files looked for in the working directory, in this order. */
export const CONFIG_FILES = ["gouji.config.json", "gouji.config.yaml", "gouji.config.yml"] as const;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string; path: string };

const MSG = {
  zh: {
    json: "不是有效的 JSON：{{detail}}",
    yaml: "不是有效的 YAML：{{detail}}",
    unknownRule: "没有编号为 “{{id}}” 的规则（gouji rules 列出全部规则）",
    duplicate: "规则编号 “{{id}}” 已被使用",
    formula: "公式 “{{formula}}” 无效：{{detail}}",
    kind: "自定义规则目前只支持 named-rate 检查",
    invalid: "配置文件 {{file}} 无效：{{path}}：{{detail}}",
  },
  en: {
    json: "is not valid JSON: {{detail}}",
    yaml: "is not valid YAML: {{detail}}",
    unknownRule: "there is no rule '{{id}}' (gouji rules lists them)",
    duplicate: "the rule id '{{id}}' is already taken",
    formula: "the formula '{{formula}}' is invalid: {{detail}}",
    kind: "custom rules support the named-rate check only for now",
    invalid: "Invalid config {{file}}: {{path}}: {{detail}}",
  },
} as const;

/** Validates a config given as JSON text; `file` names it in messages. */
export function loadConfig(source: string, file: string, lang: "zh" | "en" = "zh"): ConfigResult {
  const m = MSG[lang];
  const fail = (path: string, detail: string): ConfigResult => ({
    ok: false,
    path,
    message: fill(m.invalid, { file, path: path || "(root)", detail }),
  });
  const yaml = YAML_FILE.test(file);
  let json: unknown;
  try {
    // Plain data only: no custom tags, no merge keys, no aliases expanded into large trees.
    json = yaml ? readYaml(source) : JSON.parse(source);
  } catch (err) {
    const detail = (err as Error).message.split("\n")[0]!;
    return { ok: false, path: "", message: `${file} ${fill(yaml ? m.yaml : m.json, { detail })}` };
  }
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issue.path.join("."), issue.message);
  }
  const cfg = parsed.data;
  const ids = new Set(builtinRules.map((r) => r.meta.id));
  const custom: Rule[] = [];
  for (const [i, u] of cfg.customRules.entries()) {
    const at = `customRules.${i}`;
    if (ids.has(u.meta.id)) return fail(`${at}.meta.id`, fill(m.duplicate, { id: u.meta.id }));
    if (u.check.kind !== "named-rate") return fail(`${at}.check.kind`, m.kind);
    const names = new Set(Object.keys(u.check.options.inputs));
    for (const [j, v] of u.check.options.variants.entries()) {
      // Parse only, with every input bound to a placeholder: unknown names and disallowed
      // syntax (assignments, function definitions, imports…) are rejected here, at load.
      const res = parseFormula(v.formula, (name) => (names.has(name) ? { t: "const", v: ONE } : null));
      if (!res.ok)
        return fail(
          `${at}.check.options.variants.${j}.formula`,
          fill(m.formula, { formula: v.formula, detail: res.reason }),
        );
    }
    ids.add(u.meta.id);
    const messages =
      u.meta.messages ?? (u.check.options.target === "amount" ? IDENTITY_MESSAGES : RATE_MESSAGES);
    custom.push(Object.freeze({ meta: { ...u.meta, messages }, check: u.check }));
  }
  const severity: Record<string, Exclude<Level, "off">> = {};
  const off = new Set<string>();
  for (const [id, level] of Object.entries(cfg.rules)) {
    if (!ids.has(id)) return fail(`rules.${id}`, fill(m.unknownRule, { id }));
    if (level === "off") off.add(id);
    else severity[id] = level;
  }
  // Regional grade bands replace the default bands of the grade rule.
  const graded = cfg.grades ? withBands(cfg.grades) : null;
  const rules = [...builtinRules, ...custom]
    .map((r) => (graded && r.meta.id === graded.meta.id ? graded : r))
    .filter((r) => !off.has(r.meta.id));
  return { ok: true, config: { rules, severity, ...(cfg.grades ? { grades: cfg.grades } : {}) } };
}
