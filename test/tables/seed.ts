/** Lines of a seed report (1-based, inclusive), for tests that work on one of its tables. */
import { readFileSync } from "node:fs";

export function seedLines(name: string, from: number, to: number): string {
  const file = `fixtures/reports/${name}`;
  return (
    readFileSync(file, "utf8")
      .split("\n")
      .slice(from - 1, to)
      .join("\n") + "\n"
  );
}

export const SEED_000 = "000_fa781c69551907ec.txt";
export const SEED_003 = "003_c4e8127b72b77013.txt";
