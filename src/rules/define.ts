/**
 * Rules are data: an id, a description, keyed message templates in Chinese and English, and a
 * check — one of the few check kinds of src/checks with its options. Validated by zod at load.
 */
import { z } from "zod";

export const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof Text>;

/** A label pattern: a regular expression source matched against a figure's label. */
const Pattern = z.string().refine(
  (s) => {
    try {
      new RegExp(s, "u");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

export const InputSpec = z
  .object({
    /** What the input is, for messages (实际支出 / actual spending). */
    name: Text,
    /** The figure's label must match one of these. */
    labels: z.array(Pattern).min(1),
    /** …and none of these. */
    exclude: z.array(Pattern).default([]),
  })
  .strict();
export type InputSpec = z.infer<typeof InputSpec>;

export const NamedRateOptions = z
  .object({
    /** The stated figure's label (the words before the number) must match one of these. */
    names: z.array(Pattern).min(1),
    /** What is stated: a rate (a percentage) or an amount (an identity such as 基本支出 = 人员经费 + 公用经费). */
    target: z.enum(["percent", "amount"]).default("percent"),
    /** When set, the paragraph up to the rate must mention this (控制率 of “三公”经费). */
    context: Pattern.optional(),
    inputs: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), InputSpec),
    /** The standard formula first, then the variants a reviewer accepts; mathjs syntax over input names. */
    variants: z.array(z.object({ name: Text, formula: z.string().min(1) }).strict()).min(1),
    /** The value written for 0 ÷ 0 by convention (1 = 100 % for 控制率-type indicators). */
    zeroOverZero: z.number().optional(),
  })
  .strict();
export type NamedRateOptions = z.infer<typeof NamedRateOptions>;

/** A grade band: the grade's word, its lowest total (inclusive; null for the lowest band), synonyms. */
export const GradeBand = z
  .object({ grade: z.string().min(1), min: z.number().nullable(), synonyms: z.array(z.string()).default([]) })
  .strict();
/** The grade bands of a region (财预〔2020〕10号 by default: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below). */
export const GradeOptions = z.object({ bands: z.array(GradeBand).min(2) }).strict();
export type GradeOptions = z.infer<typeof GradeOptions>;

export const CheckSpec = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("formula-chain") }).strict(),
  z.object({ kind: z.literal("parts") }).strict(),
  z.object({ kind: z.literal("share") }).strict(),
  z.object({ kind: z.literal("change") }).strict(),
  z.object({ kind: z.literal("points") }).strict(),
  z.object({ kind: z.literal("balance") }).strict(),
  z.object({ kind: z.literal("named-rate"), options: NamedRateOptions }).strict(),
  z.object({ kind: z.literal("table-total") }).strict(),
  z.object({ kind: z.literal("table-row") }).strict(),
  z.object({ kind: z.literal("table-remark") }).strict(),
  z.object({ kind: z.literal("table-prose") }).strict(),
  z.object({ kind: z.literal("score-max") }).strict(),
  z.object({ kind: z.literal("score-sum") }).strict(),
  z.object({ kind: z.literal("score-grade"), options: GradeOptions }).strict(),
  z.object({ kind: z.literal("score-rate") }).strict(),
  z.object({ kind: z.literal("table-unread") }).strict(),
  z.object({ kind: z.literal("enumeration") }).strict(),
  z.object({ kind: z.literal("respectively") }).strict(),
  z.object({ kind: z.literal("same-count") }).strict(),
  z.object({ kind: z.literal("unit-pair") }).strict(),
  z.object({ kind: z.literal("report-year") }).strict(),
  z.object({ kind: z.literal("area-unit") }).strict(),
  z.object({ kind: z.literal("money-magnitude") }).strict(),
  z.object({ kind: z.literal("order") }).strict(),
]);
export type CheckSpec = z.infer<typeof CheckSpec>;

export const RuleMeta = z
  .object({
    id: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, "a rule id looks like family/name, e.g. rate/fund-usage"),
    type: z.enum(["arithmetic", "consistency", "presentation"]),
    description: Text,
    messages: z.record(z.string(), Text),
    /**
     * Sentences in the style of real reports: `invalid` ones the rule flags, `valid` ones it accepts.
     * `gouji explain` and the rule's page under docs/rules/ show them, and a test runs every one.
     */
    examples: z
      .object({ valid: z.array(z.string().min(1)).min(1), invalid: z.array(z.string().min(1)) })
      .strict()
      .optional(),
  })
  .strict();
export type RuleMeta = z.infer<typeof RuleMeta>;

export const Rule = z.object({ meta: RuleMeta, check: CheckSpec }).strict();
export type Rule = z.infer<typeof Rule>;

/** Messages every rule can report, whatever its check kind. */
export const COMMON_MESSAGES: Record<string, Text> = {
  truncated: {
    zh: "{{stated}} 是 {{exact}} 截断而非四舍五入的结果（{{formula}}），按四舍五入应为 {{expected}}",
    en: "{{stated}} is {{exact}} truncated rather than rounded ({{formula}}); rounded it reads {{expected}}",
  },
  variant: {
    zh: "{{name}} {{stated}} 按 {{variant}} 计算成立（{{formula}}），而不是按标准公式 {{standard}}",
    en: "{{name}} {{stated}} holds as {{variant}} ({{formula}}), not by the standard formula {{standard}}",
  },
  unverifiable: {
    zh: "无法核验 {{stated}}：报告中未找到{{missing}}",
    en: "Cannot verify {{stated}}: the report does not state {{missing}}",
  },
};

/** The message every named-rate rule reports. */
export const RATE_MESSAGES: Record<string, Text> = {
  rate: {
    zh: "{{name}} 应为 {{expected}}（{{formula}}），报告为 {{stated}}",
    en: "{{name}} should be {{expected}} ({{formula}}); the report states {{stated}}",
  },
  rateImplied: {
    zh: "{{name}} 应为 {{expected}}（{{formula}}），报告为 {{stated}}；要得到报告值，分母需为 {{implied}}",
    en: "{{name}} should be {{expected}} ({{formula}}); the report states {{stated}}, which would need a denominator of {{implied}}",
  },
};

/** The message every identity rule (a total by label = its parts by label) reports. */
export const IDENTITY_MESSAGES: Record<string, Text> = {
  rate: {
    zh: "按 {{variant}}，{{name}} 应为 {{expected}}（{{formula}}），报告为 {{stated}}",
    en: "By {{variant}}, {{name}} should be {{expected}} ({{formula}}); the report states {{stated}}",
  },
};

/** Validates and freezes a built-in rule; a malformed one is a programmer error. */
export function defineRule(input: z.input<typeof Rule>): Rule {
  const parsed = Rule.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `[gouji] Invalid rule ${JSON.stringify((input as { meta?: { id?: string } }).meta?.id)}: ${issue.path.join(".")}: ${issue.message}`,
    );
  }
  return Object.freeze(parsed.data);
}

/** What a rule of the indicator catalog (../shared/indicators.md) states beyond its named-rate options. */
interface CatalogRule<O> {
  readonly id: string;
  readonly description: Text;
  readonly options: O;
  readonly examples: { valid: string[]; invalid: string[] };
}

/** A catalog indicator stated as a percentage: names, inputs found by label, the standard formula first. */
export const defineRateRule = ({
  id,
  description,
  options,
  examples,
}: CatalogRule<z.input<typeof NamedRateOptions>>): Rule =>
  defineRule({
    meta: { id, type: "arithmetic", description, messages: RATE_MESSAGES, examples },
    check: { kind: "named-rate", options },
  });

/** A catalog identity: an amount stated by label that equals its parts stated by label. */
export const defineIdentityRule = ({
  id,
  description,
  options,
  examples,
}: CatalogRule<Omit<z.input<typeof NamedRateOptions>, "target">>): Rule =>
  defineRule({
    meta: { id, type: "consistency", description, messages: IDENTITY_MESSAGES, examples },
    check: { kind: "named-rate", options: { ...options, target: "amount" } },
  });
