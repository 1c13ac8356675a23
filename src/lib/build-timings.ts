/**
 * The phases of a build, timed for the build benchmark (`npm run bench:build`, scripts/bench-build.ts).
 * Integrations mark where a phase starts and ends; the marks are written as JSON to the file named by
 * `ATLAS_BUILD_TIMINGS` when the build ends, and nowhere otherwise.
 */
import { writeFileSync } from 'node:fs';

/** Milliseconds since the epoch, so the benchmark can line them up with the process it started. */
const now = () => performance.timeOrigin + performance.now();

const marks: Record<string, number> = {};

/** Marks a moment of the build ("validation:start", "pagefind:end"…). */
export function mark(name: string): void {
  marks[name] = now();
}

/** Writes the marks when the benchmark asked for them. */
export function writeBuildTimings(): void {
  const file = process.env['ATLAS_BUILD_TIMINGS'];
  if (file) writeFileSync(file, JSON.stringify(marks));
}
