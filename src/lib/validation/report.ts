/** The text of a validation run, as `npm run validate` prints it and the build shows it. */
import { collections, collectionNames } from '../../schemas/index.ts';
import { formatProblem } from './problem.ts';
import type { ValidationResult } from './validate.ts';

/** "2 solutions, 1 building block, …": the one-line count of what was checked. */
export function summarizeCounts(counts: ValidationResult['counts']): string {
  return collectionNames
    .map((name) => {
      const count = counts[name];
      const label = collections[name].label;
      return `${count} ${count === 1 ? label : pluralOf(label)}`;
    })
    .join(', ');
}

function pluralOf(label: string): string {
  if (label === 'news item') return 'news items';
  if (label.endsWith('y')) return `${label.slice(0, -1)}ies`;
  return `${label}s`;
}

/** The full report: one line per problem and a closing line. */
export function reportText(result: ValidationResult): string {
  if (result.problems.length === 0) {
    const translations =
      result.translations === 0 ? '' : `; ${result.translations} ${result.translations === 1 ? 'translation' : 'translations'}`;
    return `✓ Content is valid: ${summarizeCounts(result.counts)}${translations}.`;
  }
  const lines = result.problems.map(formatProblem);
  const count = result.problems.length;
  lines.push(
    `✗ ${count} problem${count === 1 ? '' : 's'} found in content/. Fix ${count === 1 ? 'it' : 'them'} and run npm run validate again.`,
  );
  return lines.join('\n');
}
