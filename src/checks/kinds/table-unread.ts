/**
 * Blocks that look like tables but could not be recovered with confidence (src/tables/unread.ts):
 * an info note at the first figure left unread, so that the reader knows these figures were not
 * checked — never a guess at their rows and columns.
 */
import { splitLines } from "../../tables/cells.js";
import { unreadBlocks } from "../../tables/unread.js";
import { empty, type KindFn } from "./types.js";

export const tableUnread: KindFn = (ctx, ruleId) => {
  const out = empty();
  const notes = unreadBlocks(splitLines(ctx.norm), ctx.a.tables).map((b) => ({
    ruleId,
    messageId: "unread",
    data: {
      figures: String(b.figures),
      excerpt: excerpt(ctx.norm.slice(b.span.start, b.span.end)),
    },
    span: b.first,
  }));
  return { ...out, notes };
};

const EXCERPT = 24;

/** The block's first words, for the message. */
function excerpt(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT)}…` : t;
}
