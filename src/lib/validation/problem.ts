/** One thing wrong with the content, located precisely enough to fix it. */
export interface Problem {
  /** File path relative to the project root. */
  file: string;
  /** 1-based line, where it can be known. */
  line?: number;
  /** 1-based column on that line, where the parser gives one. */
  column?: number;
  /** The field, e.g. `actors[0].role`, or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/** `path:line: field: message` (`path:line:column:` where the column is known), as `npm run validate` and the build print it. */
export function formatProblem(problem: Problem): string {
  const where =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** Renders a field path the way a contributor reads it: `actors[0].role`. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

/** A short quotation of a value for messages. */
export function quote(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString().replace(/T00:00:00\.000Z$/, ''));
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}
