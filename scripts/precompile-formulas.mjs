// Run by `npm run build`: parses every formula of the built-in rules with mathjs and writes the
// parse trees to dist/checks/formulas.json, so that a run whose report writes no formula of its
// own never has to load mathjs (cold start, issue 6).
import { writeFileSync } from "node:fs";
import { treeOf } from "../dist/checks/expr.js";
import { builtinRules } from "../dist/rules/index.js";

const table = {};
for (const rule of builtinRules) {
  if (rule.check.kind !== "named-rate") continue;
  for (const v of rule.check.options.variants) table[v.formula] = treeOf(v.formula);
}
writeFileSync(new URL("../dist/checks/formulas.json", import.meta.url), JSON.stringify(table));
console.log(`precompiled ${Object.keys(table).length} rule formulas`);
