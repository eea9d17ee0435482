/** "Now" for the build: `ULAGAT_NOW` pins it (tests, reproducible builds); otherwise the build time. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.ULAGAT_NOW;
  const now = pinned ? new Date(pinned) : new Date();
  if (Number.isNaN(now.getTime())) {
    throw new Error(`ULAGAT_NOW="${pinned}" is not a date. Fix: use ISO 8601, e.g. 2026-11-22T00:00:00+05:00.`);
  }
  return now;
}
