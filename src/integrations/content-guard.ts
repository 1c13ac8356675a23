/**
 * Runs the content validator before Astro builds, so the build refuses exactly what
 * `npm run validate` refuses, with the same one-line messages (Astro's own schema errors stop at the
 * first file; this reports them all). In dev the problems are logged and the server keeps running.
 * It also refreshes the JSON Schemas editors use (npm run schemas).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../content-root.ts';
import { mark } from '../lib/build-timings.ts';
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
        mark('validation:start');
        const result = validateContent(contentRoot());
        mark('validation:end');
        if (result.problems.length === 0) {
          logger.info(reportText(result));
          return;
        }
        if (command === 'dev') {
          logger.warn(`\n${reportText(result)}`);
          return;
        }
        // The contributor's problems, as `npm run validate` lists them, and nothing else: an error thrown
        // here would be printed as a crash of this integration, with a stack trace.
        logger.error(`The build stopped: the content has problems.\n${reportText(result)}`);
        process.exit(1);
      },
    },
  };
}
