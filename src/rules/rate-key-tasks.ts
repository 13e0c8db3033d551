import { defineRateRule } from "./define.js";

export default defineRateRule({
  id: "rate/key-tasks",
  description: {
    zh: "重点工作完成率（办结率）= 完成的重点工作数 ÷ 下达的重点工作数",
    en: "Key-task completion = key tasks completed ÷ key tasks assigned",
  },
  options: {
    names: ["重点工作完成率$", "重点工作办结率$", "任务完成率$", "项目完成率$"],
    inputs: {
      done: {
        name: { zh: "完成数", en: "completed" },
        labels: ["完成", "办结"],
        exclude: ["下达", "交办", "计划"],
      },
      assigned: {
        name: { zh: "下达数", en: "assigned" },
        labels: ["下达", "交办", "计划", "共有", "重点工作"],
        exclude: ["完成", "办结"],
      },
    },
    variants: [{ name: { zh: "完成数 ÷ 下达数", en: "completed ÷ assigned" }, formula: "done / assigned" }],
  },
  examples: {
    valid: ["全年交办重点工作20项，已完成19项，重点工作完成率95%。"],
    invalid: ["全年交办重点工作20项，已完成19项，重点工作完成率90%。"],
  },
});
