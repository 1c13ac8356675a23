/**
 * Contributed MDX is content, not code. Filled in by the contribution issue; for now nothing is checked.
 */
import type { Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';

export function checkMdxSafety(_source: SourceFile): Problem[] {
  return [];
}
