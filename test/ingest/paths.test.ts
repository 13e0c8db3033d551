/** expandInputs(): files, folder walks, globs, missing arguments and duplicates, in a temporary tree. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs, readReport } from "../../src/ingest/index.js";

/** The tree, relative to the temporary folder; a name ending in `/` is an empty folder. */
const TREE = [
  "b.txt",
  "a.md",
  "c.doc",
  "notes.markdown",
  "plain.TEXT",
  "README",
  "报告2023.txt",
  "report[1].txt",
  ".hidden.txt",
  "._resource-fork.txt",
  "sub/z.txt",
  "sub/deep/y.txt",
  "sub/deep/data.csv",
  "sub-2/w.txt",
  ".git/x.txt",
  "node_modules/pkg/n.txt",
  "empty/",
  "only-doc/scan.doc",
];

let root: string; // absolute
let rel: string; // relative to the working folder, with `/`

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "gouji-paths-"));
  rel = relative(process.cwd(), root).split(sep).join("/");
  for (const name of TREE) {
    const path = join(root, name);
    if (name.endsWith("/")) await mkdir(path, { recursive: true });
    else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, `${name}\n`);
    }
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The paths of `names` under the relative root, as expandInputs spells them. */
const under = (...names: string[]) => names.map((n) => `${rel}/${n}`);

/** Every text file of the tree outside dot-folders and node_modules, in walk order. */
const WALK = [
  "a.md",
  "b.txt",
  "notes.markdown",
  "plain.TEXT",
  "report[1].txt",
  "sub/deep/y.txt",
  "sub/z.txt",
  "sub-2/w.txt", // after sub/…: paths compare folder by folder, not as flat strings ('-' < '/')
  "报告2023.txt",
];

describe("expandInputs: folders", () => {
  it("walks a folder for text files, sorted, skipping dot-files, dot-folders and node_modules", async () => {
    expect(await expandInputs([rel])).toEqual({ files: under(...WALK), missing: [] });
  });

  it("keeps the spelling of the argument: a trailing slash, an absolute path", async () => {
    expect((await expandInputs([`${rel}/`])).files).toEqual(under(...WALK));
    const absolute = root.split(sep).join("/");
    expect((await expandInputs([root])).files).toEqual(WALK.map((n) => `${absolute}/${n}`));
  });

  it("walks the fixtures with paths relative as given", async () => {
    const { files, missing } = await expandInputs(["fixtures/reports"]);
    expect(missing).toEqual([]);
    expect(files).toHaveLength(5);
    expect(files[0]).toBe("fixtures/reports/000_fa781c69551907ec.txt");
    expect(files).toEqual([...files].sort());
  });

  it("gives a folder with no text file as missing", async () => {
    expect(await expandInputs(under("empty", "only-doc"))).toEqual({
      files: [],
      missing: under("empty", "only-doc"),
    });
  });
});

describe("expandInputs: files and missing paths", () => {
  it("takes a file as is, whatever its extension", async () => {
    const files = under("c.doc", "README", "sub/deep/data.csv", ".hidden.txt");
    expect(await expandInputs(files)).toEqual({ files, missing: [] });
  });

  it("lists missing paths, in order, once each", async () => {
    const result = await expandInputs([...under("nope.txt", "b.txt", "nope/"), `${rel}/nope.txt`]);
    expect(result).toEqual({ files: under("b.txt"), missing: under("nope.txt", "nope/") });
  });

  it("gives no duplicates, keeping the first spelling", async () => {
    const result = await expandInputs([`${rel}/b.txt`, rel, join(root, "b.txt"), `${rel}/**/*.txt`]);
    expect(result.files).toEqual(under("b.txt", ...WALK.filter((n) => n !== "b.txt")));
    expect(new Set(result.files).size).toBe(result.files.length);
  });

  it("handles no arguments", async () => {
    expect(await expandInputs([])).toEqual({ files: [], missing: [] });
  });
});

describe("expandInputs: globs", () => {
  const cases: [string, string, string[]][] = [
    [
      "** at any depth",
      "**/*.txt",
      ["b.txt", "report[1].txt", "sub/deep/y.txt", "sub/z.txt", "sub-2/w.txt", "报告2023.txt"],
    ],
    ["* in one folder", "*.md", ["a.md"]],
    ["* matches any extension", "sub/deep/*", ["sub/deep/data.csv", "sub/deep/y.txt"]],
    ["?", "su?/*.txt", ["sub/z.txt"]],
    ["a character range", "sub-[0-9]/*.txt", ["sub-2/w.txt"]],
    ["a negated class", "[!sr]*.txt", ["b.txt", "报告2023.txt"]],
    ["* over folders", "*/z.txt", ["sub/z.txt"]],
    ["** in the middle", "sub/**/y.txt", ["sub/deep/y.txt"]],
    ["** at the end walks the folders it reaches", "sub/**", ["sub/deep/y.txt", "sub/z.txt"]],
    ["a matched folder is walked", "s*", ["sub/deep/y.txt", "sub/z.txt", "sub-2/w.txt"]],
    ["a pattern for dot-files", ".*.txt", ["._resource-fork.txt", ".hidden.txt"]],
    ["a non-ASCII name", "报告*.txt", ["报告2023.txt"]],
    ["an existing name with [ ] matching nothing as a glob", "report[1].txt", ["report[1].txt"]],
  ];
  it.each(cases)("%s: %s", async (_name, pattern, expected) => {
    expect(await expandInputs([`${rel}/${pattern}`])).toEqual({ files: under(...expected), missing: [] });
  });

  it("gives a glob with no match as missing", async () => {
    const patterns = under("*.docx", "nope/**/*.txt", "**/n.txt", "[z-a]*.txt");
    expect(await expandInputs(patterns)).toEqual({ files: [], missing: patterns });
  });

  it("does not enter a linked folder in a walk (no cycles), but reads a linked file", async () => {
    const linked = await mkdtemp(join(tmpdir(), "gouji-links-"));
    try {
      await writeFile(join(linked, "real.txt"), "x\n");
      await symlink(linked, join(linked, "loop"), "dir");
      await symlink(join(linked, "real.txt"), join(linked, "alias.txt"), "file");
      const result = await expandInputs([linked]);
      expect(result.files.map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(["alias.txt", "real.txt"]);
    } finally {
      await rm(linked, { recursive: true, force: true });
    }
  });
});

describe("expandInputs → readReport", () => {
  it("reads every file it finds", async () => {
    const { files } = await expandInputs([rel]);
    const results = await Promise.all(files.map((f) => readReport(f)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.text : ""))).toEqual(WALK.map((n) => `${n}\n`));
  });
});
