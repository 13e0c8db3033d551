/**
 * What every audit result must satisfy, whatever the input: spans inside the text and ordered,
 * hints and related spans inside the text, statistics that add up, findings sorted by offset.
 */
import type { AuditResult, Span } from "../../../src/types.js";

export function violations(text: string, r: AuditResult): string[] {
  const out: string[] = [];
  const inside = (what: string, s: Span) => {
    if (
      !(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        0 <= s.start &&
        s.start <= s.end &&
        s.end <= text.length
      )
    )
      out.push(`${what} span [${s.start}, ${s.end}) outside the text of length ${text.length}`);
  };
  for (const f of r.figures) {
    inside(`figure ${f.raw}`, f.span);
    inside(`figure ${f.raw} number`, f.numberSpan);
    if (f.numberSpan.start < f.span.start || f.numberSpan.end > f.span.end)
      out.push(`figure ${f.raw}: number span outside its span`);
  }
  r.findings.forEach((f, i) => {
    inside(`finding ${f.ruleId}`, f.span);
    for (const rel of f.related) inside(`finding ${f.ruleId} related ${rel.role}`, rel);
    if (f.hint) inside(`finding ${f.ruleId} hint`, f.hint.span);
    if (i > 0 && r.findings[i - 1]!.span.start > f.span.start) out.push("findings are not sorted by offset");
  });
  for (const c of r.checks) {
    inside(`check ${c.ruleId}`, c.span);
    for (const rel of c.related) inside(`check ${c.ruleId} related ${rel.role}`, rel);
  }
  const s = r.stats;
  if (s.figures !== r.figures.length) out.push("stats.figures differs from figures.length");
  if (s.checks !== r.checks.length) out.push("stats.checks differs from checks.length");
  if (s.consistent + s.inconsistent + s.unverifiable !== s.checks) out.push("stats do not add up");
  return out;
}
