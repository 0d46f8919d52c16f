/**
 * How many runs a property gets: 10,000 in CI, fewer on a developer's machine unless PROPERTY_RUNS says
 * otherwise (`PROPERTY_RUNS=10000 npm run test:unit` gives the CI's strength anywhere).
 */
export function propertyRuns(locally = 1000): number {
  const asked = Number(process.env.PROPERTY_RUNS);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return process.env.CI ? 10_000 : locally;
}
