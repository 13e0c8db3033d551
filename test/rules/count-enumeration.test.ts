import rule from "../../src/rules/count-enumeration.js";
import { runRuleTests } from "../helpers/rule-tester.js";

/** Seed 002: the 19 内设科室 and 3 所属事业单位 named in the sentences after the counts. */
const SEED_002 =
  "2、机构设置情况。2020年末，我局内设科室19个，所属事业单位3个。内设科室分别是办公室、综合法规科、人事科、电子信息产业科、信息化推进科、经济运行监测科、永州市工业技术改造办公室、工业园区管理科、消费品工业科、装备工业科、科技和人工智能科、节能与综合利用科、军民融合产业科、中小企业和非公经济管理服务科、能源运行科、产业政策和合作交流科、墙体材料改革与散装水泥管理服务科、市委军民融合发展委员会办公室秘书科、机关党委。所属事业单位分别是永州市工业企业改制服务办公室、永州市无线电管理处、永州市民营经济发展服务中心。";

/** Seed 000: a numbered list at the （1） level after the count, closed by the next heading. */
const numbered = (n: number, items: number) =>
  `2.机构设置\n机关设${n}个内设机构（正科级）和机关党委：\n\n${Array.from(
    { length: items },
    (_, i) => `（${i + 1}）第${i + 1}科。负责本科室职责范围内的工作。\n`,
  ).join("\n")}\n 机关党委。负责机关和直属单位的党群工作。\n\n3.人员情况\n`;

runRuleTests(rule, {
  valid: [
    { text: SEED_002, checks: 2 },
    numbered(14, 14),
    "2020年我市先进制造业重大项目6个（巴斯夫项目、中科炼化一体化项目、宝钢三高炉系统项目、宝钢四五高炉系统项目、大唐火电项目、乌石17-2项目），均为10亿元以上项目，计划总投资1756.84亿元。",
    "宝钢湛江钢铁基地、巴斯夫（广东）一体化基地、中科炼化、廉江清洁能源4个投资超百亿美元重大产业项目加快建设。",
    // 等: the count may be larger than the items listed
    "投入基础设施26亿元，湛江产业园、廉江产业园、坡头产业园、奋勇产业园、麻章开发区等5个园区达到“七通一平”标准。",
    "分为序厅、全国民族团结进步示范州平台、新型工业强州、乡村振兴富州、农业资源大数据、农业物联网、农业特色产业、美丽县城特色小镇美丽乡村、数字小镇、绿色生态靓州、沿边开放活州、云上红河云领未来、留言板等28个展区以及174台拼接屏。",
    "明确跃进公司项目建设要按照当前实际情况分三步走：一是加快推进火工园区建设，二是将靶场建设列入省“十四五”规划实施，三是待市场具备合适时机时启动核心区搬迁。",
    "县政协坚持按照县委“工业强、农业优、三产活、项目兴、生态好”十五字方针。",
    "县政协牢牢把握团结和民主两大主题，切实履行政治协商、民主监督、参政议政三大职能。",
    "本项目由基本支出和项目支出两个部分构成。",
    "我局下设3个科室：办公室、财务科、业务科。",
  ],
  invalid: [
    {
      // a 内设科室 left out of the list
      text: "2020年末，我局内设科室4个，所属事业单位3个。内设科室分别是办公室、综合法规科、人事科。",
      findings: [{ severity: "warning", at: "4个", expected: "3个", messageId: "listCount", hint: null }],
    },
    {
      text: numbered(15, 14),
      findings: [{ severity: "warning", at: "15个", expected: "14个", messageId: "numberedCount" }],
    },
    {
      text: "宝钢湛江钢铁基地、巴斯夫（广东）一体化基地、中科炼化、廉江清洁能源3个投资超百亿美元重大产业项目加快建设。",
      findings: [{ severity: "warning", at: "3个", expected: "4个", messageId: "listCount" }],
    },
    {
      text: "2020年我市先进制造业重大项目5个（巴斯夫项目、中科炼化一体化项目、宝钢三高炉系统项目、宝钢四五高炉系统项目、大唐火电项目、乌石17-2项目），均为10亿元以上项目。",
      findings: [{ severity: "warning", at: "5个", expected: "6个" }],
    },
    {
      // 等 allows more, never fewer than the items listed
      text: "湛江产业园、廉江产业园、坡头产业园、奋勇产业园、麻章开发区等4个园区达到“七通一平”标准。",
      findings: [{ severity: "warning", at: "4个", expected: "5个", messageId: "listedMore" }],
    },
    {
      text: "分三步走：一是加快推进火工园区建设，二是将靶场建设列入省“十四五”规划实施。",
      findings: [{ severity: "warning", at: "三步", expected: "2步", messageId: "numberedCount" }],
    },
    {
      text: "坚持按照县委“工业强、农业优、三产活、项目兴”十五字方针。",
      findings: [{ severity: "warning", at: "十五字", expected: "12字", messageId: "characterCount" }],
    },
  ],
  ignored: [
    // 县（市、区） names what 县 covers, not six things
    "对2019年度民营工业经济发展6个县（市、区）进行奖励。",
    // the list says where the people come from
    "从江华、道县、蓝山抽调5名同志充实产业链建设组工作力量。",
    // the items are kinds of what is counted (A、B等事项N件)
    "为企业处理招工、融资、压缩成本等事项78件。",
    // a list marker opening the line is no item
    "4、突出抓好30个重大产品创新项目，完成年度投资21.93亿元。",
    // 一级、二级、三级: a sequence, not a count
    "一级、二级、三级指标均已设置，共编制12个绩效目标指标。",
    // 分别 lists are another rule's
    "先进装备制造、轻纺制鞋、电子信息等产业链分别引进项目65个、40个、59个。",
    // 一是…二是… continues in the next paragraph: the list is not all in one place
    "主要有3个方面：一是强化监测。二是推动发展。\n三是激发活力。",
    // the numbered list after the colon is of duties, not of the 3 科室 counted before the comma
    "我局共有3个科室，主要职责如下：\n（1）拟订政策。\n（2）组织实施。\n",
    // a count with no list
    "全市新增招商入园投资5000万元以上工业项目130个。",
  ],
});
