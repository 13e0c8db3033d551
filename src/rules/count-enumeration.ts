import { defineRule } from "./define.js";

export default defineRule({
  meta: {
    id: "count/enumeration",
    type: "consistency",
    description: {
      zh: "列举项的个数：所述数量与其后（或其前）列举的项目数相符（内设科室19个…分别是…；6个（A、B…）；A、B…4个；编号列表；“…”十五字）；“等”表示列举不全，数量不得少于所列项目",
      en: "Counts of enumerated items: a stated count matches the items listed for it (…19个…分别是…, 6个（A、B…）, A、B…4个, a numbered list, “…”十五字); after 等 the list may be partial, so the count must only be at least the items listed",
    },
    messages: {
      listCount: {
        zh: "所述{{label}}为 {{stated}}，但列举的有 {{expected}}：{{listed}}",
        en: "{{stated}} {{label}} are stated, but {{expected}} are listed: {{listed}}",
      },
      numberedCount: {
        zh: "所述{{label}}为 {{stated}}，但其后编号列出的有 {{expected}}",
        en: "{{stated}} {{label}} are stated, but the numbered list that follows has {{expected}}",
      },
      characterCount: {
        zh: "“{{label}}”共 {{expected}}，文中称 {{stated}}",
        en: "“{{label}}” has {{expected}}, but the text says {{stated}}",
      },
      listedMore: {
        zh: "所述{{label}}为 {{stated}}，而“等”之前已列举 {{n}} 个：{{listed}}",
        en: "{{stated}} {{label}} are stated, but {{n}} are already listed before 等: {{listed}}",
      },
    },
    examples: {
      valid: [
        "2020年末，我局内设科室3个。内设科室分别是办公室、综合法规科、人事科。",
        "2020年我市先进制造业重大项目3个（巴斯夫项目、中科炼化一体化项目、宝钢三高炉系统项目），均为10亿元以上项目。",
        "湛江产业园、廉江产业园、坡头产业园等5个园区达到“七通一平”标准。",
      ],
      invalid: [
        "2020年末，我局内设科室4个。内设科室分别是办公室、综合法规科、人事科。",
        "宝钢湛江钢铁基地、巴斯夫（广东）一体化基地、中科炼化、廉江清洁能源3个投资超百亿美元重大产业项目加快建设。",
      ],
    },
  },
  check: { kind: "enumeration" },
});
