import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "table/unread",
    type: "presentation",
    description: {
      zh: "疑似表格但无法可靠还原行列的文字块（如行次与金额连成一行的决算表）：不作猜测，提示其中的数字未经核对（info）",
      en: "Blocks that look like tables but whose rows and columns cannot be recovered with confidence (a 决算表 whose row numbers and amounts ran together): no guess is made; an info note says their figures were not checked",
    },
    messages: {
      unread: {
        zh: "此处疑似表格（“{{excerpt}}”），但未能可靠还原其行与列，其中 {{figures}} 个数字未作核对",
        en: "This looks like a table (“{{excerpt}}”), but its rows and columns could not be recovered with confidence: {{figures}} figures in it were not checked",
      },
    },
    examples: {
      valid: ["项目\t年初预算\t实际支出\t结余\n甲\t100\t90\t10\n乙\t50\t45\t5\n合计\t150\t135\t15\n"],
      invalid: [
        "收入支出决算总表 金额单位:元 收入 项目 行次 金额 一、一般公共预算财政拨款收入 1 二、上级补助收入 2 三、事业收入 3 四、其他收入 4 8,122,315.04 9,628,965.89 1,003,618.46 5 6 7 8 9 10 11 12 本年收入合计 13 总计 14 18,754,899.39 18,754,899.39\n",
      ],
    },
  },
  check: { kind: "table-unread" },
});
