import type { ExtractedFigure } from "../../extract/index.js";
import type { Text } from "../../rules/define.js";
import type { Span } from "../../types.js";
import type { Context } from "../context.js";
import type { Relation } from "../relation.js";

/** A stated figure a rule recognises but cannot recompute from the text. */
export interface Unverifiable {
  readonly ruleId: string;
  readonly target: ExtractedFigure;
  /** What the text does not state (for the message). */
  readonly missing: Text;
}

/**
 * Something a rule reports about the text that is not a relation: a block that looks like a table
 * but could not be read. Always an info finding.
 */
export interface Note {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly span: Span;
}

export interface KindOutput {
  readonly relations: Relation[];
  readonly unverifiable: Unverifiable[];
  readonly notes?: Note[];
}

/**
 * A check kind binds figures into relations. `claimed` holds the ids of figures already stated
 * results of a more certain relation, so that one figure is not judged twice by weaker rules.
 */
export type KindFn<O = undefined> = (
  ctx: Context,
  ruleId: string,
  options: O,
  claimed: ReadonlySet<number>,
) => KindOutput;

export const empty = (): KindOutput => ({ relations: [], unverifiable: [] });
