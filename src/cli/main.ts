/**
 * The `gouji` command: a thin shell over the library. All IO lives here and in src/ingest:
 * reading files, choosing a formatter, writing to stdout/stderr, the exit code (design.md §6).
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { CONFIG_FILES, type Config, loadConfig } from "../config.js";
import { expandInputs } from "../ingest/index.js";
import { type FileReport, type FormatName, formatSummary, formatters, summarize } from "../report/index.js";
import { builtinRules, ruleById } from "../rules/index.js";
import { fill } from "../template.js";
import { auditFile, errorReport } from "./audit-file.js";
import { auditBatch, progressLine } from "./batch.js";
import { writeOutputDir } from "./output.js";
import { CLI_TEXT, explainRule, type Lang, listRules, usage } from "./text.js";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bar). */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
}

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});

export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return "0.0.0";
  }
}

export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const langGuess: Lang =
    argv.includes("en") && argv.some((a) => a === "--lang" || a === "--lang=en") ? "en" : "zh";
  try {
    parsed = parse(argv);
  } catch (err) {
    io.stderr(`gouji: ${(err as Error).message}\n${CLI_TEXT[langGuess].seeHelp}\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === "en" ? "en" : "zh";
  if (values.lang !== undefined && values.lang !== "zh" && values.lang !== "en") {
    io.stderr(fill(CLI_TEXT[lang].badLang, { lang: String(values.lang) }) + "\n");
    return EXIT_USAGE;
  }
  if (values.version) {
    io.stdout(version() + "\n");
    return EXIT_OK;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    io.stdout(usage(lang));
    return command === undefined && !values.help ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "rules") {
    io.stdout(listRules(builtinRules, lang));
    return EXIT_OK;
  }
  if (command === "explain") {
    const id = rest[0];
    const rule = id ? ruleById(id) : undefined;
    if (!rule) {
      io.stderr(fill(CLI_TEXT[lang].unknownRule, { id: id ?? "" }) + "\n");
      return EXIT_USAGE;
    }
    io.stdout(explainRule(rule, lang));
    return EXIT_OK;
  }
  if (command !== "audit") {
    io.stderr(fill(CLI_TEXT[lang].unknownCommand, { command }) + "\n" + CLI_TEXT[lang].seeHelp + "\n");
    return EXIT_USAGE;
  }
  const format = (values.format ?? "stylish") as string;
  if (!(format in formatters)) {
    io.stderr(fill(CLI_TEXT[lang].badFormat, { format, formats: Object.keys(formatters).join(", ") }) + "\n");
    return EXIT_USAGE;
  }
  if (rest.length === 0) {
    io.stderr(CLI_TEXT[lang].noInput + "\n");
    return EXIT_USAGE;
  }
  let maxWarnings = -1;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      io.stderr(fill(CLI_TEXT[lang].badMaxWarnings, { value: String(values["max-warnings"]) }) + "\n");
      return EXIT_USAGE;
    }
  }

  let jobs = 0;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      io.stderr(fill(CLI_TEXT[lang].badJobs, { value: String(values.jobs) }) + "\n");
      return EXIT_USAGE;
    }
  }
  let maxBytes: number | undefined;
  if (values["max-size"] !== undefined) {
    const mib = Number(values["max-size"]);
    if (!Number.isFinite(mib) || mib <= 0) {
      io.stderr(fill(CLI_TEXT[lang].badMaxSize, { value: String(values["max-size"]) }) + "\n");
      return EXIT_USAGE;
    }
    maxBytes = Math.round(mib * 1024 * 1024);
  }
  let config: Config | null = null;
  /** The config as read, for the worker threads to load again (read once, here). */
  let configSource: { source: string; path: string } | null = null;
  const configPath = values.config ?? CONFIG_FILES.find((f) => existsSync(f)) ?? null;
  if (configPath) {
    let source: string;
    try {
      source = readFileSync(configPath, "utf8");
    } catch (err) {
      io.stderr(
        fill(CLI_TEXT[lang].configUnreadable, {
          file: configPath,
          detail: (err as NodeJS.ErrnoException).code ?? String(err),
        }) + "\n",
      );
      return EXIT_USAGE;
    }
    const loaded = loadConfig(source, configPath, lang);
    if (!loaded.ok) {
      io.stderr(loaded.message + "\n");
      return EXIT_USAGE;
    }
    config = loaded.config;
    configSource = { source, path: configPath };
  }

  const log = pino(
    { level: values.verbose ? "debug" : "warn", base: null },
    pino.destination({ fd: 2, sync: true }),
  );
  const { files, missing } = await expandInputs(rest);
  const reports: FileReport[] = missing.map((m) => errorReport(m, "not-found", "", lang));
  if (values.verbose || files.length === 1) {
    // One file, or --verbose: in this thread, with the binding log.
    for (const path of files) {
      const report = await auditFile(path, config, lang, log.child({ file: path }), maxBytes);
      if (report.status === "error") log.warn({ path, error: report.error }, "file not audited");
      reports.push(report);
    }
  } else {
    const progress = io.stderrIsTTY && files.length > 1;
    reports.push(
      ...(await auditBatch(files, {
        lang,
        config,
        configSource,
        ...(jobs ? { jobs } : {}),
        ...(maxBytes ? { maxBytes } : {}),
        ...(progress
          ? { onProgress: (d: number, t: number, p: string) => io.stderr(progressLine(d, t, p)) }
          : {}),
      })),
    );
    if (progress) io.stderr("\r\u001b[K");
  }
  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const color = format === "stylish" && io.isTTY && !values["no-color"] && !io.env.NO_COLOR;
  const minSeverity = values.quiet ? "error" : undefined;
  const shown = minSeverity
    ? reports.map((r) =>
        r.result
          ? {
              ...r,
              result: { ...r.result, findings: r.result.findings.filter((f) => f.severity === "error") },
            }
          : r,
      )
    : reports;
  const formatOptions = {
    lang,
    color,
    toolVersion: version(),
    ...(config ? { rules: config.rules } : {}),
  };
  if (values.output) {
    try {
      const written = await writeOutputDir(values.output, reports, formatOptions);
      io.stderr(fill(CLI_TEXT[lang].wroteOutput, { count: String(written), dir: values.output }) + "\n");
    } catch (err) {
      const detail = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      io.stderr(fill(CLI_TEXT[lang].outputFailed, { dir: values.output, detail }) + "\n");
      return EXIT_USAGE;
    }
  }
  if (reports.length > 1) io.stderr(formatSummary(summarize(reports), lang));
  io.stdout(
    formatters[format as FormatName](shown, {
      lang,
      color,
      toolVersion: version(),
      ...(config ? { rules: config.rules } : {}),
    }),
  );

  const all = reports.flatMap((r) => r.result?.findings ?? []);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  // A file that could not be read leaves the run incomplete: 2, even when others have errors.
  if (reports.some((r) => r.status === "error")) return EXIT_USAGE;
  if (errors > 0) return EXIT_ERRORS;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(
      fill(CLI_TEXT[lang].tooManyWarnings, { count: String(warnings), max: String(maxWarnings) }) + "\n",
    );
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      config: { type: "string", short: "c" },
      lang: { type: "string" },
      verbose: { type: "boolean", short: "v" },
      quiet: { type: "boolean", short: "q" },
      "no-color": { type: "boolean" },
      "max-warnings": { type: "string" },
      output: { type: "string", short: "o" },
      jobs: { type: "string", short: "j" },
      "max-size": { type: "string" },
      version: { type: "boolean", short: "V" },
      help: { type: "boolean", short: "h" },
    },
  });
}
