/**
 * Runs the content validator before Astro builds, so the build refuses exactly what
 * `npm run validate` refuses, with the same one-line messages (Astro's own schema errors stop at the
 * first file; this reports them all). In dev the problems are logged and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content-root.ts';
import { reportText } from '../lib/validation/report.ts';
import { validateContent } from '../lib/validation/validate.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'alliance-atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = validateContent(contentRoot());
        if (result.problems.length === 0) {
          logger.info(reportText(result));
          return;
        }
        if (command === 'dev') {
          logger.warn(`\n${reportText(result)}`);
          return;
        }
        throw new Error(`Content validation failed:\n${reportText(result)}`);
      },
    },
  };
}
