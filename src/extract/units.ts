/**
 * Units that may follow a number, longest first, with the kind of quantity and the scale to the
 * base unit (元 for money, 1 for counts and measures, 0.01 for a percentage).
 */
import { D, type Decimal } from "../checks/decimal.js";
import type { FigureKind } from "../types.js";

export interface UnitInfo {
  readonly unit: string;
  readonly kind: FigureKind;
  readonly scale: Decimal;
}

const TEN_THOUSAND = new D(10000);
const HUNDRED_MILLION = new D(100000000);

const MONEY: Record<string, Decimal> = {
  万亿元: new D("1e12"),
  亿元: HUNDRED_MILLION,
  千万元: new D(10000000),
  百万元: new D(1000000),
  万元: TEN_THOUSAND,
  千元: new D(1000),
  元: new D(1),
};

const COUNTERS = [
  "人次",
  "批次",
  "个",
  "项",
  "名",
  "人",
  "家",
  "次",
  "件",
  "条",
  "户",
  "座",
  "套",
  "台",
  "辆",
  "批",
  "所",
  "类",
  "篇",
  "场",
  "份",
  "本",
  "张",
  "只",
  "位",
  "年",
  "天",
  "宗",
  "笔",
  "部",
  "支",
  "期",
];

const MEASURES = [
  "平方千米",
  "平方公里",
  "平方米",
  "立方米",
  "公顷",
  "公里",
  "千米",
  "千瓦时",
  "千瓦",
  "吨",
  "亩",
  "米",
  "斤",
  "公斤",
  "千克",
];

interface Entry {
  readonly text: string;
  readonly info: UnitInfo;
}

function build(): Entry[] {
  const out: Entry[] = [];
  for (const [u, s] of Object.entries(MONEY))
    out.push({ text: u, info: { unit: u, kind: "money", scale: s } });
  out.push({ text: "个百分点", info: { unit: "个百分点", kind: "points", scale: new D("0.01") } });
  out.push({ text: "百分点", info: { unit: "个百分点", kind: "points", scale: new D("0.01") } });
  out.push({ text: "%", info: { unit: "%", kind: "percent", scale: new D("0.01") } });
  out.push({ text: "‰", info: { unit: "‰", kind: "percent", scale: new D("0.001") } });
  for (const prefix of ["", "万", "亿"]) {
    const mult = prefix === "万" ? TEN_THOUSAND : prefix === "亿" ? HUNDRED_MILLION : new D(1);
    for (const c of COUNTERS) {
      if (prefix && (c === "年" || c === "天" || c === "期" || c === "位")) continue;
      out.push({ text: prefix + c, info: { unit: prefix + c, kind: "count", scale: mult } });
    }
    for (const m of MEASURES)
      out.push({ text: prefix + m, info: { unit: prefix + m, kind: "measure", scale: mult } });
  }
  out.push({ text: "分", info: { unit: "分", kind: "score", scale: new D(1) } });
  return out.sort((a, b) => b.text.length - a.text.length);
}

const ENTRIES = build();
const FIRST_CHARS = new Set(ENTRIES.map((e) => e.text[0]!));

/** The unit written at `pos` in `text`, if any. */
export function unitAt(text: string, pos: number): UnitInfo | null {
  const c = text[pos];
  if (c === undefined || !FIRST_CHARS.has(c)) return null;
  for (const e of ENTRIES) {
    if (text.startsWith(e.text, pos)) {
      const next = text[pos + e.text.length] ?? "";
      // 分钟, 分之, 分别, 分析 … are not scores; 年度/年初/年底 after a number are years, not counts.
      if (e.text === "分" && /[钟之别析配类成管期批档布局级项解担享工]/.test(next)) return null;
      if (e.info.unit === "年" && /[度初底末中终内起前后以来级]/.test(next)) return null;
      if (e.info.unit === "期" && /[间末初内]/.test(next)) return null;
      return e.info;
    }
  }
  return null;
}

export function moneyScale(unit: string): Decimal | null {
  return MONEY[unit] ?? null;
}
