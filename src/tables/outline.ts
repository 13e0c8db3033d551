/**
 * Score sheets written as prose outlines:
 *
 *   1.预算编制情况，指标总分20分，自评得分20分。
 *   （1）预算编制，指标总分12 分，自评得分12分。…
 *   （5）工作表现加分 1 分。
 *
 * Items are the outline entries whose first sentence states a weight (指标总分, 分值, 满分, (50分))
 * or a score (得分); nesting follows the markers' conventional ranks (一、 → （一） → 1. → （1） →
 * ① → 〈1〉), so a parent's children are the entries one level down inside it. 加分 and 扣分 entries
 * count towards the total, not towards the entry they sit under. The total is the score the report
 * states for the whole evaluation (自评分数为99.83分) just before or after the outline.
 */
import type { ExtractedFigure } from "../extract/figures.js";
import type { Segments } from "../extract/segment.js";
import { TOTAL_SCORE } from "./grades.js";
import { makeItem, proseSheet, type ScoreItem, type ScoreSheet } from "./score-model.js";

const MARKERS: readonly (readonly [number, RegExp])[] = [
  [1, /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/],
  [2, /^\s*[(（][一二三四五六七八九十]{1,3}[)）]/],
  [3, /^\s*\d{1,2}\s*[、.．](?!\d)/],
  [4, /^\s*[(（]\d{1,2}[)）]/],
  [5, /^\s*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/],
  [6, /^\s*[〈<]\d{1,2}[〉>]/],
];

const WEIGHT = /(?:指标总分|总分值|总分|分值|满分|权重|标准分|^分数)$/;
const SCORE = /(?:得分|评分|自评分|实得分|实得|得)$/;
const BONUS = /加分/;
const DEDUCTION = /扣分|扣除|扣减/;
const NEAR = 800;

interface Entry {
  readonly rank: number;
  readonly item: ScoreItem | null;
  readonly start: number;
  readonly end: number;
}

function rankOf(line: string): { rank: number; length: number } | null {
  for (const [rank, re] of MARKERS) {
    const m = re.exec(line);
    if (m) return { rank, length: m[0].length };
  }
  return null;
}

function labelOf(norm: string, f: ExtractedFigure, from: number): string {
  let k = f.numberSpan.start;
  while (k > from && !/[，,；;。：:\n(（)）]/.test(norm[k - 1]!)) k--;
  return norm
    .slice(k, f.numberSpan.start)
    .replace(/[\s为是了]+$/, "")
    .trim();
}

function readEntry(
  norm: string,
  figures: readonly ExtractedFigure[],
  start: number,
  end: number,
  rank: number,
  body: number,
): ScoreItem | null {
  const within = norm.slice(body, end).indexOf("。");
  const until = within >= 0 ? body + within : end;
  const name = norm
    .slice(body, until)
    .split(/[，,：:;；]/)[0]!
    .replace(/[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）].*$/, "")
    .replace(/(?:加分|扣分)?\s*\d+(?:\.\d+)?\s*分.*$/, "")
    .trim();
  let weight: ExtractedFigure | null = null;
  let score: ExtractedFigure | null = null;
  let bonus = false;
  let deduction = false;
  for (const f of figures) {
    if (f.span.start < body || f.span.start >= until || f.kind !== "score" || f.approx) continue;
    const label = labelOf(norm, f, body);
    const inParens = /[(（]\s*$/.test(norm.slice(Math.max(body, f.span.start - 2), f.span.start));
    if (BONUS.test(label) && !score) {
      score = f;
      bonus = true;
    } else if (DEDUCTION.test(label) && !score) {
      score = f;
      deduction = true;
    } else if ((WEIGHT.test(label) || inParens) && !weight) weight = f;
    else if (SCORE.test(label) && !score) score = f;
  }
  if (!weight && !score) return null;
  return makeItem({
    name: name || norm.slice(start, body).trim(),
    level: rank,
    weight,
    score,
    bonus,
    deduction,
    row: name,
    span: { start, end },
  });
}

/** Nests entries by rank: each entry's children are the following entries of higher rank. */
function nest(entries: readonly Entry[]): ScoreItem[] {
  const root: ScoreItem[] = [];
  const stack: { rank: number; children: ScoreItem[] }[] = [{ rank: 0, children: root }];
  for (const e of entries) {
    if (!e.item) continue;
    while (stack.length > 1 && stack[stack.length - 1]!.rank >= e.rank) stack.pop();
    const item = { ...e.item, level: stack.length, children: [] as ScoreItem[] };
    stack[stack.length - 1]!.children.push(item);
    stack.push({ rank: e.rank, children: item.children });
  }
  return root;
}

export function findTotal(
  figures: readonly ExtractedFigure[],
  norm: string,
  from: number,
  to: number,
  inside: (f: ExtractedFigure) => boolean,
): ExtractedFigure | null {
  let best: ExtractedFigure | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const f of figures) {
    if (f.kind !== "score" || f.approx || inside(f)) continue;
    const d = f.span.end <= from ? from - f.span.end : f.span.start >= to ? f.span.start - to : -1;
    if (d < 0 || d > NEAR) continue;
    const label = labelOf(norm, f, Math.max(0, f.span.start - 30));
    if (TOTAL_SCORE.test(label) && d < dist) {
      best = f;
      dist = d;
    }
  }
  return best;
}

export function outlineSheets(
  norm: string,
  segments: Segments,
  figures: readonly ExtractedFigure[],
): ScoreSheet[] {
  const sheets: ScoreSheet[] = [];
  let run: Entry[] = [];
  let top = Number.POSITIVE_INFINITY;
  const close = () => {
    const scored = run.filter((e) => e.item);
    if (scored.length >= 2) {
      const items = nest(run);
      const ranges = scored.map((e) => [e.start, e.end] as const);
      const inside = (f: ExtractedFigure) => ranges.some(([s, e]) => f.span.start >= s && f.span.start < e);
      const totalFig = findTotal(figures, norm, scored[0]!.start, scored[scored.length - 1]!.end, inside);
      sheets.push(proseSheet(items, totalFig));
    }
    run = [];
    top = Number.POSITIVE_INFINITY;
  };
  const byParagraph = new Map<number, ExtractedFigure[]>();
  for (const f of figures) {
    const list = byParagraph.get(f.paragraph);
    if (list) list.push(f);
    else byParagraph.set(f.paragraph, [f]);
  }
  for (const [k, p] of segments.paragraphs.entries()) {
    const line = norm.slice(p.start, p.end);
    const marker = rankOf(line);
    if (!marker) continue;
    const body = p.start + marker.length;
    const item = readEntry(norm, byParagraph.get(k) ?? [], p.start, p.end, marker.rank, body);
    if (item) {
      run.push({ rank: marker.rank, item, start: p.start, end: p.end });
      top = Math.min(top, marker.rank);
    } else if (run.length && marker.rank < top) close();
  }
  close();
  return sheets;
}
