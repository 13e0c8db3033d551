/**
 * The weights of a score sheet that writes each level's weight beside its name (`一级指标 | 分值 |
 * 二级指标 | 分值 | 三级指标 | 分值 | 得分`): the weights of the lowest level add up to their parent's.
 *
 * Which rows a parent covers is not written: a merged parent cell is written once, in the first row
 * of its group (Word) or in the middle of it (PDF), and rows that write no weight at all may belong
 * to any group. So the rows are cut into consecutive groups, each holding exactly one parent, whose
 * children's weights add up to it (or stay under it when the group holds a row without weight).
 * Some such cut always exists when the sheet is right. When none does, the cuts with the fewest
 * failing groups are compared: a parent that fails in all of them is reported, against the
 * children nearest to adding up to it; one that fails in some only is not known to be wrong.
 */
import type { ExtractedFigure } from "../../extract/index.js";
import type { ScoreSheet, SequenceRow } from "../../tables/score-model.js";
import { type Decimal, ZERO } from "../decimal.js";

export interface Group {
  readonly parent: SequenceRow;
  readonly weight: ExtractedFigure;
  readonly children: readonly ExtractedFigure[];
  /** A row of the group writes no weight: its children need only stay within the parent. */
  readonly open: boolean;
  /** The parent is written in the group's first row that writes a weight. */
  readonly first: boolean;
}

export interface Grouping {
  /** Groups that hold in every cut with the fewest failures (when some cut holds: one such cut). */
  readonly groups: readonly Group[];
  /**
   * Parents that fail in every cut with the fewest failures, each with its children nearest to
   * adding up to it. A parent that holds in one such cut and fails in another is in neither list.
   */
  readonly failed: readonly Group[];
}

/** The search is cubic in the rows of one sheet; score sheets have tens of rows. */
const MAX_ROWS = 150;

const parentWeight = (r: SequenceRow) => (r.weights.length >= 2 ? r.weights[r.weights.length - 2]! : null);
const leafWeight = (r: SequenceRow) => r.weights[r.weights.length - 1] ?? null;

function group(rows: readonly SequenceRow[], from: number, to: number): Group | null {
  let parent: SequenceRow | null = null;
  let open = false;
  let first = false;
  const children: ExtractedFigure[] = [];
  for (let k = from; k < to; k++) {
    const r = rows[k]!;
    if (parentWeight(r)) {
      if (parent) return null; // two parents
      parent = r;
      first = children.length === 0;
    }
    const leaf = leafWeight(r);
    if (leaf) children.push(leaf);
    else open = true;
  }
  if (!parent) return null;
  return { parent, weight: parentWeight(parent)!, children, open, first };
}

const total = (g: Group): Decimal => g.children.reduce((acc, f) => acc.plus(f.value), ZERO);

function holds(g: Group): boolean {
  const t = total(g);
  return g.open ? t.lte(g.weight.value) : t.eq(g.weight.value);
}

export function groupWeights(sheet: ScoreSheet): Grouping | null {
  const rows = sheet.sequence;
  if (!rows || rows.length > MAX_ROWS || !rows.some((r) => parentWeight(r))) return null;
  const n = rows.length;
  const INF = Number.POSITIVE_INFINITY;
  // cost of a group: 0 when it holds, 1 when it does not; segments that are no group: impossible.
  const memo = new Map<number, Group | null>();
  const at = (j: number, i: number) => {
    const key = j * (n + 1) + i;
    if (!memo.has(key)) memo.set(key, group(rows, j, i));
    return memo.get(key)!;
  };
  // A failing group costs more than any number of parents written after their group's first row:
  // the cut preferred is the one that fails least, then the one that reads merged parents in the
  // first row of their group wherever it can.
  const cost = (g: Group) => (holds(g) ? 0 : n + 1) + (g.first ? 0 : 1);
  // fwd[i]: fewest failing groups in a cut of rows[0, i); bwd[j]: of rows[j, n).
  const fwd = new Array<number>(n + 1).fill(INF);
  const bwd = new Array<number>(n + 1).fill(INF);
  fwd[0] = 0;
  bwd[n] = 0;
  for (let i = 1; i <= n; i++)
    for (let j = 0; j < i; j++) {
      const g = fwd[j]! < INF ? at(j, i) : null;
      if (g) fwd[i] = Math.min(fwd[i]!, fwd[j]! + cost(g));
    }
  for (let j = n - 1; j >= 0; j--)
    for (let i = j + 1; i <= n; i++) {
      const g = bwd[i]! < INF ? at(j, i) : null;
      if (g) bwd[j] = Math.min(bwd[j]!, bwd[i]! + cost(g));
    }
  const best = fwd[n]!;
  if (best === INF) return null;
  // The groups that lie on some best cut, by parent.
  const onBest = new Map<SequenceRow, Group[]>();
  for (let j = 0; j < n; j++)
    for (let i = j + 1; i <= n; i++) {
      const g = fwd[j]! < INF && bwd[i]! < INF ? at(j, i) : null;
      if (!g || fwd[j]! + cost(g) + bwd[i]! !== best) continue;
      onBest.set(g.parent, [...(onBest.get(g.parent) ?? []), g]);
    }
  const groups: Group[] = [];
  const failed: Group[] = [];
  for (const [, gs] of onBest) {
    const holding = gs.find(holds);
    if (holding) {
      // A parent that holds in one best cut and fails in another is not known to be wrong.
      if (gs.every(holds)) groups.push(holding);
      continue;
    }
    const gap = (g: Group) => total(g).minus(g.weight.value).abs();
    failed.push(gs.reduce((a, b) => (gap(b).lt(gap(a)) ? b : a)));
  }
  return { groups, failed };
}
