import { describe, expect, it } from "vitest";
import { countSeverities } from "../../src/report/index.js";
import { failed, finding, ok } from "./helpers.js";

describe("countSeverities", () => {
  it("counts findings by severity and files", () => {
    const c = countSeverities([
      ok("a.txt", [finding({ severity: "error", gross: true }), finding({ severity: "warning" })]),
      ok("b.txt", [finding({ severity: "info" }), finding({ severity: "info" })]),
      ok("c.txt", []),
      failed("d.txt"),
    ]);
    expect(c).toEqual({ error: 1, warning: 1, info: 2, gross: 1, files: 4, filesWithErrors: 1, failed: 1 });
  });

  it("is all zeros for no reports", () => {
    expect(countSeverities([])).toEqual({
      error: 0,
      warning: 0,
      info: 0,
      gross: 0,
      files: 0,
      filesWithErrors: 0,
      failed: 0,
    });
  });
});
