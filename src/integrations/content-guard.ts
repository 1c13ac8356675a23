/**
 * Runs the content validator before Astro builds, so the build refuses exactly what
 * `npm run validate` refuses, with the same one-line messages (Astro's own schema errors stop at the
 * first file; this reports them all). In dev the problems are logged and the server keeps running.
 * It also refreshes the JSON Schemas editors use (npm run schemas).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../content-root.ts';
import { writeJsonSchemas } from '../lib/json-schemas.ts';
import { reportText } from '../lib/validation/report.ts';
import { validateContent } from '../lib/validation/validate.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'alliance-atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Editors' JSON Schemas follow the zod schemas; regenerated here so they never fall behind.
        const changed = writeJsonSchemas(fileURLToPath(config.root));
        if (changed.length > 0) logger.info(`Updated ${changed.join(', ')}`);
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
