/**
 * --output <dir>: one self-contained HTML report per file and an index.html, each written
 * atomically (a temporary file renamed into place), so a reader never sees half a page.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type FileReport, type FormatOptions, formatHtmlFile, formatHtmlIndex } from "../report/index.js";

async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data, "utf8");
  await rename(tmp, path);
}

/** A file name for a report's page: its path with separators folded, unique within the batch. */
export function pageName(path: string, taken: Set<string>): string {
  const base = path.replace(/^[./\\]+/, "").replace(/[\\/:*?"<>|]+/g, "__") || "report";
  let name = `${base}.html`;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}.html`;
  taken.add(name);
  return name;
}

export async function writeOutputDir(
  dir: string,
  reports: readonly FileReport[],
  opts: FormatOptions,
): Promise<number> {
  await mkdir(dir, { recursive: true });
  const links = new Map<string, string>();
  const taken = new Set<string>(["index.html"]);
  for (const r of reports) {
    const name = pageName(r.path, taken);
    links.set(r.path, name);
    await writeAtomic(join(dir, name), formatHtmlFile(r, opts));
  }
  await writeAtomic(join(dir, "index.html"), formatHtmlIndex(reports, links, opts));
  return reports.length;
}
