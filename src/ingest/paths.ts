/**
 * Command-line inputs → the report files to read. A file is taken as is, a directory is walked
 * for report files, a pattern with `*`, `?` or `[…]` is a glob (`**` for any depth), matched here
 * over `readdir` since Node 20 has no `fs.glob`. Paths keep the spelling they were given, with
 * `/` separators.
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { REPORT_EXTENSIONS } from "./read.js";

export interface Expanded {
  /** The files found, in argument order, each argument's files sorted by path; no duplicates. */
  files: string[];
  /** The arguments that named no file: no such path, a glob without a match, a folder without report files. */
  missing: string[];
}

const GLOB_CHARS = /[*?[]/;

/** Folders a walk or a `**` never enters. */
const skipDir = (name: string): boolean => name.startsWith(".") || name === "node_modules";

/**
 * Files a walk leaves out: hidden ones, as `*` does (among them macOS `._报告.txt` resource forks,
 * which are binary despite their extension), and the `~$报告.docx` owner files Word and Excel
 * keep beside an open document.
 */
const skipFile = (name: string): boolean => name.startsWith(".") || name.startsWith("~$");

const isReport = (name: string): boolean => REPORT_EXTENSIONS.includes(extname(name).toLowerCase());

/** On Windows, `\` separators become `/`; elsewhere `\` is an ordinary file-name character. */
const slashed = (p: string): string => (sep === "\\" ? p.replaceAll("\\", "/") : p);

/** `dir/name`, without a doubled `/` and without a leading `./` for the current folder. */
function join(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

async function list(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir === "" ? "." : dir, { withFileTypes: true });
  } catch {
    return []; // gone, unreadable or not a folder: nothing to match
  }
}

async function kind(path: string): Promise<"file" | "dir" | undefined> {
  try {
    return (await stat(path)).isDirectory() ? "dir" : "file";
  } catch {
    return undefined;
  }
}

/** An entry's kind; a symbolic link counts as a file only (linked folders are not followed: no cycles). */
async function entryKind(dir: string, entry: Dirent): Promise<"file" | "dir" | undefined> {
  if (entry.isDirectory()) return "dir";
  if (entry.isSymbolicLink()) return (await kind(join(dir, entry.name))) === "file" ? "file" : undefined;
  return entry.isFile() ? "file" : undefined;
}

/** Adds the report files under `dir`, recursively, skipping dot-files, dot-folders and node_modules. */
async function walk(dir: string, out: string[]): Promise<void> {
  for (const entry of await list(dir)) {
    const path = join(dir, entry.name);
    const k = await entryKind(dir, entry);
    if (k === "dir" && !skipDir(entry.name)) await walk(path, out);
    else if (k === "file" && isReport(entry.name) && !skipFile(entry.name)) out.push(path);
  }
}

/** A file as is, a folder walked. */
async function addPath(path: string, out: string[]): Promise<void> {
  const k = await kind(path);
  if (k === "file") out.push(path);
  else if (k === "dir") await walk(path, out);
}

/** One glob segment (`*.txt`, `20[0-9][0-9]年?`) as an anchored regular expression. */
function segmentRegExp(segment: string): RegExp {
  let re = "";
  const chars = [...segment];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "*") {
      while (chars[i + 1] === "*") i++;
      re += ".*";
    } else if (c === "?") {
      re += ".";
    } else if (c === "[") {
      // `[abc]`, `[a-z]`, `[!abc]` / `[^abc]`; a `]` right after the opening is literal.
      let j = i + 1;
      const negate = chars[j] === "!" || chars[j] === "^";
      if (negate) j++;
      const bodyStart = j;
      if (chars[j] === "]") j++;
      while (j < chars.length && chars[j] !== "]") j++;
      if (j >= chars.length) {
        re += "\\[";
        continue;
      }
      const body = chars
        .slice(bodyStart, j)
        .map((ch) => (ch === "\\" || ch === "]" || ch === "[" || ch === "^" ? `\\${ch}` : ch))
        .join("");
      re += `[${negate ? "^" : ""}${body}]`;
      i = j;
    } else {
      re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    }
  }
  try {
    return new RegExp(`^${re}$`, "u");
  } catch {
    // A class such as `[z-a]` is no valid range: match the segment literally instead of throwing.
    return new RegExp(`^${segment.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`, "u");
  }
}

/**
 * The paths matching `pattern`. `*` and `?` stay within a path segment and, like `**`, do not
 * match a name that starts with `.` unless the pattern segment does; `**` matches any number of
 * folders but enters no dot-folder or node_modules. A matched folder is walked for report files.
 */
async function expandGlob(pattern: string, out: string[]): Promise<void> {
  const segments = pattern.split("/");
  const first = segments.findIndex((s) => GLOB_CHARS.test(s));
  const head = segments.slice(0, first);
  const base = head.length === 1 && head[0] === "" ? "/" : head.join("/");
  const rest = segments.slice(first).filter((s) => s !== "");

  const step = async (path: string, i: number): Promise<void> => {
    const segment = rest[i];
    if (segment === undefined) return addPath(path, out);
    if (segment === "**") {
      if (i === rest.length - 1) return walk(path, out);
      await step(path, i + 1);
      for (const entry of await list(path)) {
        if (entry.isDirectory() && !skipDir(entry.name)) await step(join(path, entry.name), i);
      }
      return;
    }
    if (!GLOB_CHARS.test(segment)) return step(join(path, segment), i + 1);
    const re = segmentRegExp(segment);
    const dotted = segment.startsWith(".");
    for (const entry of await list(path)) {
      if ((entry.name.startsWith(".") && !dotted) || !re.test(entry.name)) continue;
      // Only a folder (or a link, which may lead to one) can hold what the next segments match.
      if (i < rest.length - 1 && !entry.isDirectory() && !entry.isSymbolicLink()) continue;
      await step(join(path, entry.name), i + 1);
    }
  };
  await step(base, 0);
}

/** Orders paths segment by segment (a folder's files next to its subfolders), by code unit. */
function comparePaths(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * Expands command-line arguments into report files: a file is taken as is (whatever its
 * extension); a folder is walked recursively for `REPORT_EXTENSIONS` files (text, Markdown,
 * HTML, .docx, .pdf, .xlsx; skipping dot-files, `~$` Office owner files, dot-folders and node_modules); an argument with `*`, `?` or `[` is a glob (`**` for any depth; if it matches
 * nothing but exists as a literal path, that path). Paths stay relative as given, with `/`.
 * Arguments that yield no file go to `missing`. Never throws for a missing or unreadable path.
 */
export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const raw of args) {
    const arg = slashed(raw);
    const found: string[] = [];
    if (GLOB_CHARS.test(arg)) await expandGlob(arg, found);
    if (found.length === 0) await addPath(arg, found);
    if (found.length === 0) {
      if (!missing.includes(raw)) missing.push(raw);
      continue;
    }
    found.sort(comparePaths);
    for (const file of found) {
      const key = resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return { files, missing };
}
