// Runs once when a server process starts (Next.js calls it before the first request).
export async function register() {
  // Set by Next.js itself for each runtime, not configuration (which lib/env.ts reads).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { forgetEndedAccessHourly } = await import("./lib/access/retention");
  forgetEndedAccessHourly();
}
