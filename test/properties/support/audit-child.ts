/**
 * Audits, one after the other, the texts given as a JSON object `{ texts, first }` on stdin, in a
 * child process (`node --import tsx`), so that a test can give up on an input that hangs — kill
 * the child — instead of blocking the whole suite. It warms up (loads every module, the formula
 * parser included) before it reads its input, so a standby child is ready at once. For each text it
 * prints one line `{"i", "start": true}` before auditing it, and one line with the time taken and
 * the violations of the output invariants (support/invariants.ts), or the error thrown, after.
 */
import { audit } from "../../../src/audit.js";
import { violations } from "./invariants.js";

audit("预算执行率=9800/10000×100%=98%。");
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

const chunks: Buffer[] = [];
process.stdin.on("data", (c: Buffer) => chunks.push(c));
process.stdin.on("end", () => {
  const { texts, first } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
    texts: string[];
    first: number;
  };
  for (let i = first; i < texts.length; i++) {
    const text = texts[i]!;
    process.stdout.write(`${JSON.stringify({ i, start: true })}\n`);
    const t0 = performance.now();
    let line: object;
    try {
      const r = audit(text);
      line = { i, ok: true, ms: performance.now() - t0, problems: violations(text, r) };
    } catch (err) {
      line = { i, ok: false, error: String((err as Error)?.stack ?? err) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
});
