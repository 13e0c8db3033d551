import { describe, expect, it } from "vitest";
import { renderHint, renderMessage, UI } from "../../src/report/index.js";
import { defineRule, type Rule } from "../../src/rules/index.js";
import type { Hint } from "../../src/types.js";
import { finding } from "./helpers.js";

describe("renderMessage", () => {
  it("fills the rule's Chinese template from the data", () => {
    expect(renderMessage(finding(), "zh")).toBe(
      "资金使用率 应为 99.22%（14516.58 ÷ 14631.38 × 100%），报告为 99.26%",
    );
  });

  it("fills the English template, where a key xEn overrides x", () => {
    expect(renderMessage(finding(), "en")).toBe(
      "Fund usage rate should be 99.22% (14516.58 ÷ 14631.38 × 100%); the report states 99.26%",
    );
    const noEn = finding({
      data: { name: "资金使用率", stated: "99.26%", expected: "99.22%", formula: "a / b" },
    });
    expect(renderMessage(noEn, "en")).toBe("资金使用率 should be 99.22% (a / b); the report states 99.26%");
  });

  it("falls back to COMMON_MESSAGES, with the xEn override", () => {
    const f = finding({
      messageId: "unverifiable",
      data: { stated: "99.26%", missing: "实际到位资金", missingEn: "the funds received" },
    });
    expect(renderMessage(f, "zh")).toBe("无法核验 99.26%：报告中未找到实际到位资金");
    expect(renderMessage(f, "en")).toBe("Cannot verify 99.26%: the report does not state the funds received");
  });

  it("uses the rules passed in rather than the built-in ones", () => {
    const custom: Rule = defineRule({
      meta: {
        id: "rate/custom",
        type: "arithmetic",
        description: { zh: "自定义", en: "custom" },
        messages: {
          rate: { zh: "{{ name }}：{{stated}}≠{{expected}}", en: "{{name}}: {{stated}} ≠ {{expected}}" },
        },
      },
      check: { kind: "parts" },
    });
    const f = finding({ ruleId: "rate/custom" });
    expect(renderMessage(f, "zh", [custom])).toBe("资金使用率：99.26%≠99.22%");
    expect(renderMessage(f, "en", [custom])).toBe("Fund usage rate: 99.26% ≠ 99.22%");
  });

  it("does not throw on a missing template: a readable line with the rule id and the data", () => {
    const f = finding({
      messageId: "noSuchMessage",
      data: { name: "资金使用率", nameEn: "Fund usage rate", stated: "99.26%" },
    });
    expect(() => renderMessage(f, "zh")).not.toThrow();
    expect(renderMessage(f, "zh")).toBe("rate/fund-usage noSuchMessage: name=资金使用率, stated=99.26%");
    expect(renderMessage(f, "en")).toBe("rate/fund-usage noSuchMessage: name=Fund usage rate, stated=99.26%");
    const unknownRule = finding({ ruleId: "nope/nothing", messageId: "rate", data: {} });
    expect(renderMessage(unknownRule, "en")).toBe("nope/nothing rate");
    // a messageId that happens to be an Object.prototype key is not a template either
    expect(renderMessage(finding({ messageId: "constructor" }), "zh")).toMatch(
      /^rate\/fund-usage constructor: /,
    );
  });

  it("does not throw on an unknown placeholder: falls back to the data line", () => {
    const f = finding({ data: { name: "资金使用率", stated: "99.26%" } }); // no expected, no formula
    expect(renderMessage(f, "zh")).toBe("rate/fund-usage rate: name=资金使用率, stated=99.26%");
    expect(renderMessage(f, "zh")).not.toContain("{{");
  });
});

describe("renderHint", () => {
  const hint = (slip: Hint["slip"]): Hint => ({
    span: { start: 0, end: 5 },
    written: "99.26",
    probably: "99.22",
    slip,
  });

  it("names the slip in Chinese and English", () => {
    expect(renderHint(hint("digit"), "zh")).toBe("99.26 可能应为 99.22（数字写错）");
    expect(renderHint(hint("swap"), "zh")).toBe("99.26 可能应为 99.22（相邻数字颠倒）");
    expect(renderHint(hint("drop"), "zh")).toContain("漏写一位");
    expect(renderHint(hint("double"), "zh")).toContain("多写一位");
    expect(renderHint(hint("point"), "zh")).toContain("小数点错位");
    expect(renderHint(hint("sign"), "zh")).toContain("正负号");
    expect(renderHint(hint("digit"), "en")).toBe("99.26 probably should read 99.22 (a digit mistyped)");
    expect(renderHint(hint("swap"), "en")).toBe("99.26 probably should read 99.22 (adjacent digits swapped)");
  });

  it("has a distinct name for every slip in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const names = Object.values(UI[lang].slip);
      expect(new Set(names).size).toBe(6);
    }
  });
});

describe("UI catalogue", () => {
  it("has the same entries in both languages", () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.zh).sort());
    expect(UI.zh.severity).toEqual({ error: "错误", warning: "警告", info: "提示" });
    expect(UI.en.severity).toEqual({ error: "error", warning: "warning", info: "info" });
    expect(UI.zh.severityLabel("error", true)).toBe("错误（结论性错误）");
    expect(UI.en.severityLabel("error", true)).toBe("error (changes a conclusion)");
  });

  it("leaves out missing parts of the details line", () => {
    expect(UI.zh.details("99.26%", "99.22%", "a ÷ b")).toBe("报告值 99.26%，重算 99.22%；算式 a ÷ b");
    expect(UI.zh.details("99.26%", null, null)).toBe("报告值 99.26%");
    expect(UI.en.details(null, "99.22%", "a ÷ b")).toBe("recomputed 99.22%; formula a ÷ b");
    expect(UI.en.details(null, null, null)).toBe("");
  });
});
