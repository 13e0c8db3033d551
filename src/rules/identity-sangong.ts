import { defineIdentityRule } from "./define.js";

export default defineIdentityRule({
  id: "identity/sangong",
  description: {
    zh: "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费",
    en: "“Three public” expenses = travel abroad + official vehicles + official receptions",
  },
  options: {
    names: ["三公.{0,3}经费(支出|决算|预算)?(总额|合计)?$", "三公.{0,3}(支出|决算)(总额|合计)?$"],
    inputs: {
      abroad: { name: { zh: "因公出国（境）费", en: "travel abroad" }, labels: ["出国", "出境"] },
      vehicles: {
        name: { zh: "公务用车购置及运行费", en: "official vehicles" },
        labels: ["公务用车购置及运行", "公车购置及运行", "公务用车(?!购置费|运行)"],
      },
      reception: { name: { zh: "公务接待费", en: "official receptions" }, labels: ["接待"] },
    },
    variants: [
      {
        name: { zh: "出国 + 公车 + 接待", en: "abroad + vehicles + receptions" },
        formula: "abroad + vehicles + reception",
      },
    ],
  },
  examples: {
    valid: [
      "“三公”经费决算总额2771万元，其中因公出国(境)经费决算120万元，公务接待费决算1033万元，公务用车购置及运行费决算1618万元。",
    ],
    invalid: [
      "“三公”经费决算总额2771万元，因公出国(境)经费决算120万元，公务接待费决算1033万元，公务用车购置及运行费决算1681万元。",
    ],
  },
});
