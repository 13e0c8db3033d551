import { recoverTables } from "../tables/index.js";
import type { Table } from "../tables/model.js";
import { type ExtractedFigure, extractFigures } from "./figures.js";
import { normalize } from "./normalize.js";
import { type Segments, segment } from "./segment.js";

export type { ExtractedFigure } from "./figures.js";

/** The text as the relation finders see it: normalised copy, segments and figures. */
export interface Analysis {
  readonly text: string;
  readonly norm: string;
  readonly segments: Segments;
  readonly figures: readonly ExtractedFigure[];
  /** Tables recovered from the text, cells with their spans (src/tables). */
  readonly tables: readonly Table[];
}

export function analyze(text: string): Analysis {
  const folded = normalize(text);
  const segments = segment(folded);
  // A wrapped line joins its sentence: the break reads as a space (same length, same offsets).
  let norm = folded;
  if (segments.softBreaks.length) {
    const pieces: string[] = [];
    let from = 0;
    for (const i of segments.softBreaks) {
      pieces.push(folded.slice(from, i), " ");
      from = i + 1;
    }
    pieces.push(folded.slice(from));
    norm = pieces.join("");
  }
  const figures = extractFigures(norm, segments, text);
  return { text, norm, segments, figures, tables: recoverTables(norm) };
}
