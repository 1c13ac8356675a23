/**
 * Marks the phases Astro runs between the integrations' hooks, for the build benchmark (see
 * src/lib/build-timings.ts): the content sync runs between `astro:config:done` and `astro:build:start`,
 * rendering from there until Astro's build is done. It goes last in the list of integrations, so its
 * `astro:build:done` comes after everything else Astro's build does.
 */
import type { AstroIntegration } from 'astro';
import { mark, writeBuildTimings } from '../lib/build-timings.ts';

export function buildTimings(): AstroIntegration {
  return {
    name: 'alliance-atlas:build-timings',
    hooks: {
      'astro:config:done': () => mark('sync:start'),
      'astro:build:start': () => mark('render:start'),
      'astro:build:done': () => {
        mark('astro:end');
        writeBuildTimings();
      },
    },
  };
}
