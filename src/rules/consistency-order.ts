import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "consistency/order",
    type: "consistency",
    description: {
      zh: "排序：称“从大到小（由高到低）”或“从小到大（由低到高）”排列的数值，逐项不增（不减）",
      en: "An order the text claims: values listed 从大到小 (由高到低) never increase from one to the next, and 从小到大 (由低到高) never decrease",
    },
    messages: {
      notDescending: {
        zh: "称{{order}}排列，但 {{stated}} 大于前一项 {{previous}}",
        en: "Listed {{order}} (descending), but {{stated}} is larger than the item before it, {{previous}}",
      },
      notAscending: {
        zh: "称{{order}}排列，但 {{stated}} 小于前一项 {{previous}}",
        en: "Listed {{order}} (ascending), but {{stated}} is smaller than the item before it, {{previous}}",
      },
    },
    examples: {
      valid: [
        "2、乡镇支出从大到小排序为：向阳乡支出进度90.31%；午街铺镇支出进度87.97%；白水镇支出进度87.18%；旧城镇支出进度86.18%。",
      ],
      invalid: [
        "2、乡镇支出从大到小排序为：向阳乡支出进度90.31%；午街铺镇支出进度87.97%；白水镇支出进度88.18%；旧城镇支出进度86.18%。",
      ],
    },
  },
  check: { kind: "order" },
});
