/**
 * Run counts for the property tests, tuned so the whole folder finishes in a few seconds.
 * `GOUJI_PROPERTY_SCALE=20 npx vitest run test/properties` multiplies them for a deeper search.
 */
const scale = Number(process.env.GOUJI_PROPERTY_SCALE ?? "1");

export function runs(n: number): number {
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
