/**
 * `npm run validate [project-root]`: checks every file under content/ without building the site.
 * Prints one line per problem (`path:line: field: message`) and exits 1, or a summary and exits 0.
 */
import { resolve } from 'node:path';
import { reportText } from '../src/lib/validation/report.ts';
import { validateContent } from '../src/lib/validation/validate.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const result = validateContent(root);
const elapsed = Math.round(performance.now() - started);
const text = reportText(result);
if (result.problems.length > 0) {
  console.error(text);
  process.exitCode = 1;
} else {
  console.log(`${text} (${elapsed} ms)`);
}
