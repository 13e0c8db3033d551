/**
 * The indicator catalog of ../shared/indicators.md as named-rate rules: each is data — names,
 * inputs found by label, the standard formula first and the accepted variants after it.
 */
import { defineRule, IDENTITY_MESSAGES, RATE_MESSAGES, type Rule } from "./define.js";

const pct = (
  id: string,
  description: { zh: string; en: string },
  options: Omit<Parameters<typeof defineRule>[0]["check"] & { kind: "named-rate" }, "kind">["options"],
  examples: { valid: string[]; invalid: string[] },
): Rule =>
  defineRule({
    meta: { id, type: "arithmetic", description, messages: RATE_MESSAGES, examples },
    check: { kind: "named-rate", options },
  });

const identity = (
  id: string,
  description: { zh: string; en: string },
  options: Omit<Parameters<typeof defineRule>[0]["check"] & { kind: "named-rate" }, "kind">["options"],
  examples: { valid: string[]; invalid: string[] },
): Rule =>
  defineRule({
    meta: { id, type: "consistency", description, messages: IDENTITY_MESSAGES, examples },
    check: { kind: "named-rate", options: { ...options, target: "amount" } },
  });

export const fundsInPlace = pct(
  "rate/funds-in-place",
  {
    zh: "资金到位率 = 实际到位资金 ÷ 预算（计划）资金",
    en: "Funds-in-place rate = funds received ÷ budgeted funds",
  },
  {
    names: ["资金到位率$", "^到位率$"],
    inputs: {
      received: {
        name: { zh: "实际到位资金", en: "funds received" },
        labels: ["实际到位", "到位资金", "已到位", "实际拨付"],
      },
      budget: {
        name: { zh: "预算资金", en: "budgeted funds" },
        labels: ["预算", "计划"],
        exclude: ["到位", "拨付", "支出"],
      },
    },
    variants: [{ name: { zh: "实际到位 ÷ 预算", en: "received ÷ budget" }, formula: "received / budget" }],
  },
  {
    valid: ["项目预算资金500万元，实际到位资金450万元，资金到位率90%。"],
    invalid: ["项目预算资金500万元，实际到位资金450万元，资金到位率95%。"],
  },
);

export const carryoverRate = pct(
  "rate/carryover",
  {
    zh: "结转结余率 = 结转结余总额 ÷ 预算数；变体：÷ 本年支出完成数",
    en: "Carry-over rate = carry-over ÷ budget; variant: ÷ spending of the year",
  },
  {
    names: ["结转结余率$", "^结余率$", "资金结余率$"],
    inputs: {
      balance: {
        name: { zh: "结转结余", en: "carry-over" },
        labels: ["结转结余", "结余", "结转"],
        exclude: ["上年", "年初"],
      },
      budget: {
        name: { zh: "预算数", en: "budget" },
        labels: ["预算", "资金总额", "总投入", "到位", "下达", "资金$"],
        exclude: ["支出", "结余", "结转"],
      },
      spent: { name: { zh: "支出完成数", en: "spending" }, labels: ["支出"], exclude: ["预算"] },
    },
    variants: [
      { name: { zh: "结转结余 ÷ 预算", en: "carry-over ÷ budget" }, formula: "balance / budget" },
      { name: { zh: "结转结余 ÷ 支出", en: "carry-over ÷ spending" }, formula: "balance / spent" },
    ],
  },
  {
    valid: ["2019年整合资金21621.62万元，共结余3134.51万元，结余率14.50%。"],
    invalid: ["2019年整合资金21621.62万元，共结余3134.51万元，结余率12.66%。"],
  },
);

export const carryoverChange = pct(
  "rate/carryover-change",
  {
    zh: "结转结余变动率（存量资金效率性）=（本年末结转结余 − 上年末结转结余）÷ 上年末结转结余，有正负",
    en: "Change of the carry-over = (this year's − last year's) ÷ last year's, signed",
  },
  {
    names: ["结转结余变动率$", "存量资金效率性$", "存量资金压减率$"],
    inputs: {
      current: {
        name: { zh: "本年末结转结余", en: "this year's carry-over" },
        labels: ["本年.*(结转|结余|存量)", "当年.*(结转|结余|存量)", "年末.*(结转|结余|存量)"],
        exclude: ["上年", "上一年"],
      },
      previous: {
        name: { zh: "上年末结转结余", en: "last year's carry-over" },
        labels: ["上年.*(结转|结余|存量)", "上一年.*(结转|结余|存量)"],
      },
    },
    variants: [
      {
        name: { zh: "(本年 − 上年) ÷ 上年", en: "(this − last) ÷ last" },
        formula: "(current - previous) / previous",
      },
    ],
  },
  {
    valid: ["上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率-25.42%。"],
    invalid: ["上年末结转结余资金1407277.49元，本年末结转结余资金1049567.64元，结转结余变动率25.42%。"],
  },
);

export const budgetFinalDiff = pct(
  "rate/budget-final-difference",
  {
    zh: "预决算差异率 =（决算数 − 年初预算数）÷ 年初预算数",
    en: "Budget–final-accounts difference = (final − initial budget) ÷ initial budget",
  },
  {
    names: ["预决算差异率$"],
    inputs: {
      final: { name: { zh: "决算数", en: "final accounts" }, labels: ["决算"] },
      initial: {
        name: { zh: "年初预算数", en: "initial budget" },
        labels: ["年初预算", "预算数"],
        exclude: ["决算"],
      },
    },
    variants: [
      {
        name: { zh: "(决算 − 年初预算) ÷ 年初预算", en: "(final − initial) ÷ initial" },
        formula: "(final - initial) / initial",
      },
    ],
  },
  {
    valid: ["财政拨款收入年初预算数1200万元，决算数1260万元，预决算差异率5%。"],
    invalid: ["财政拨款收入年初预算数1200万元，决算数1260万元，预决算差异率6%。"],
  },
);

export const budgetAdjustment = pct(
  "rate/budget-adjustment",
  {
    zh: "预算调整率 = 预算调整数 ÷ 年初预算数",
    en: "Budget adjustment rate = adjustment ÷ initial budget",
  },
  {
    names: ["预算调整率$", "预算控制率$"],
    inputs: {
      adjustment: {
        name: { zh: "预算调整数", en: "adjustment" },
        labels: ["调整数", "追加", "调增", "调整预算"],
        exclude: ["年初"],
      },
      initial: { name: { zh: "年初预算数", en: "initial budget" }, labels: ["年初预算", "年初"] },
    },
    variants: [
      { name: { zh: "调整数 ÷ 年初预算", en: "adjustment ÷ initial" }, formula: "adjustment / initial" },
    ],
  },
  {
    valid: ["年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率39.93%。"],
    invalid: ["年初预算数1922.76万元，本年预算追加数767.86万元，预算调整率93.39%。"],
  },
);

export const sangongChange = pct(
  "rate/sangong-change",
  {
    zh: "“三公”经费变动率 =（本年 − 上年）÷ 上年，有正负；变体按预算数",
    en: "Change of the “three public” expenses = (this year − last year) ÷ last year, signed",
  },
  {
    names: ["三公.{0,4}变动率$", "^变动率$"],
    context: "三公",
    inputs: {
      current: {
        name: { zh: "本年“三公”经费", en: "this year's expenses" },
        labels: ["本年", "当年", "20\\d\\d年度?.*(决算|支出)"],
        exclude: ["上年"],
      },
      previous: { name: { zh: "上年“三公”经费", en: "last year's expenses" }, labels: ["上年", "上一年"] },
    },
    variants: [
      {
        name: { zh: "(本年 − 上年) ÷ 上年", en: "(this − last) ÷ last" },
        formula: "(current - previous) / previous",
      },
    ],
  },
  {
    valid: ["“三公”经费上年决算数32万元，本年决算数30.4万元，“三公”经费变动率-5%。"],
    invalid: ["“三公”经费上年决算数32万元，本年决算数30.4万元，“三公”经费变动率5%。"],
  },
);

export const procurement = pct(
  "rate/procurement",
  {
    zh: "政府采购执行率 = 实际采购金额 ÷ 采购计划（预算）金额",
    en: "Procurement execution = actual purchases ÷ planned purchases",
  },
  {
    names: ["政府采购执行率$", "采购执行率$"],
    inputs: {
      actual: {
        name: { zh: "实际采购金额", en: "actual purchases" },
        labels: ["实际采购", "采购金额", "实际.*采购"],
        exclude: ["计划", "预算"],
      },
      plan: {
        name: { zh: "采购计划金额", en: "planned purchases" },
        labels: ["采购计划", "采购预算", "计划"],
      },
    },
    variants: [{ name: { zh: "实际采购 ÷ 采购计划", en: "actual ÷ plan" }, formula: "actual / plan" }],
  },
  {
    valid: ["政府采购计划金额120万元，实际采购金额112万元，政府采购执行率93.33%。"],
    invalid: ["政府采购计划金额120万元，实际采购金额112万元，政府采购执行率95.33%。"],
  },
);

export const staffControl = pct(
  "rate/staff-control",
  {
    zh: "在职人员控制率（财政供养人员控制率）= 在职人员数 ÷ 编制数",
    en: "Staff control rate = staff in post ÷ approved posts",
  },
  {
    names: ["人员控制率$", "在职人员控制率$", "财政供养人员控制率$"],
    inputs: {
      staff: {
        name: { zh: "在职人员数", en: "staff in post" },
        labels: ["在职", "实有", "在编"],
        exclude: ["编制数$"],
      },
      posts: {
        name: { zh: "编制数", en: "approved posts" },
        labels: ["编制"],
        exclude: ["在职", "实有", "在编"],
      },
    },
    variants: [{ name: { zh: "在职人员 ÷ 编制数", en: "staff ÷ posts" }, formula: "staff / posts" }],
  },
  {
    valid: ["核定编制数143人，年末实有在职人员136人，在职人员控制率95.10%。"],
    invalid: ["核定编制数143人，年末实有在职人员136人，在职人员控制率95.80%。"],
  },
);

export const keyTasks = pct(
  "rate/key-tasks",
  {
    zh: "重点工作完成率（办结率）= 完成的重点工作数 ÷ 下达的重点工作数",
    en: "Key-task completion = key tasks completed ÷ key tasks assigned",
  },
  {
    names: ["重点工作完成率$", "重点工作办结率$", "任务完成率$"],
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
  {
    valid: ["全年交办重点工作20项，已完成19项，重点工作完成率95%。"],
    invalid: ["全年交办重点工作20项，已完成19项，重点工作完成率90%。"],
  },
);

export const satisfaction = pct(
  "rate/satisfaction",
  {
    zh: "满意度 = 满意人数 ÷ 有效调查人数",
    en: "Satisfaction = satisfied respondents ÷ valid respondents",
  },
  {
    names: ["满意度$", "满意率$"],
    inputs: {
      satisfied: { name: { zh: "满意人数", en: "satisfied" }, labels: ["满意"], exclude: ["不满意"] },
      surveyed: {
        name: { zh: "有效调查人数", en: "valid respondents" },
        labels: ["调查", "问卷", "收回", "有效"],
        exclude: ["满意"],
      },
    },
    variants: [
      {
        name: { zh: "满意人数 ÷ 有效调查人数", en: "satisfied ÷ respondents" },
        formula: "satisfied / surveyed",
      },
    ],
  },
  {
    valid: ["共发放问卷200份，收回有效问卷196份，其中满意190份，满意度96.94%。"],
    invalid: ["共发放问卷200份，收回有效问卷196份，其中满意190份，满意度95%。"],
  },
);

export const basicSpending = identity(
  "identity/basic-spending",
  { zh: "基本支出 = 人员经费 + 公用经费", en: "Basic spending = personnel + public expenses" },
  {
    names: ["基本支出$"],
    inputs: {
      personnel: { name: { zh: "人员经费", en: "personnel expenses" }, labels: ["人员经费", "工资福利"] },
      public: {
        name: { zh: "公用经费", en: "public expenses" },
        labels: ["公用经费", "日常公用", "商品和服务"],
      },
    },
    variants: [
      { name: { zh: "人员经费 + 公用经费", en: "personnel + public" }, formula: "personnel + public" },
    ],
  },
  {
    valid: ["2020年度基本支出858万元，全年人员经费支出713万元，公用经费支出145万元。"],
    invalid: ["2020年度基本支出858万元，全年人员经费支出713万元，公用经费支出154万元。"],
  },
);

export const sangongSum = identity(
  "identity/sangong",
  {
    zh: "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费",
    en: "“Three public” expenses = travel abroad + official vehicles + official receptions",
  },
  {
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
  {
    valid: [
      "“三公”经费决算总额2771万元，其中因公出国(境)经费决算120万元，公务接待费决算1033万元，公务用车购置及运行费决算1618万元。",
    ],
    invalid: [
      "“三公”经费决算总额2771万元，因公出国(境)经费决算120万元，公务接待费决算1033万元，公务用车购置及运行费决算1681万元。",
    ],
  },
);

export const adjustedBudget = identity(
  "identity/adjusted-budget",
  {
    zh: "调整预算数 = 年初预算数 + 预算调增数 − 预算调减数",
    en: "Adjusted budget = initial budget + increases − decreases",
  },
  {
    names: ["调整(后)?预算(数)?$", "全年预算(数)?$"],
    inputs: {
      initial: { name: { zh: "年初预算数", en: "initial budget" }, labels: ["年初预算"] },
      increase: { name: { zh: "调增数", en: "increases" }, labels: ["调增", "追加"] },
      decrease: { name: { zh: "调减数", en: "decreases" }, labels: ["调减"] },
    },
    variants: [
      {
        name: { zh: "年初 + 调增 − 调减", en: "initial + increases − decreases" },
        formula: "initial + increase - decrease",
      },
      { name: { zh: "年初 + 调增", en: "initial + increases" }, formula: "initial + increase" },
      { name: { zh: "年初 − 调减", en: "initial − decreases" }, formula: "initial - decrease" },
    ],
  },
  {
    valid: ["年初预算300万元，年中调减117.48万元，调整后预算182.52万元。"],
    invalid: ["年初预算300万元，年中调减117.48万元，调整后预算185.52万元。"],
  },
);

export const catalogRules: readonly Rule[] = [
  fundsInPlace,
  carryoverRate,
  carryoverChange,
  budgetFinalDiff,
  budgetAdjustment,
  sangongChange,
  procurement,
  staffControl,
  keyTasks,
  satisfaction,
  basicSpending,
  sangongSum,
  adjustedBudget,
];
