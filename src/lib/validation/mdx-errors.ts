/**
 * The MDX parser's errors in a contributor's words. Practitioners write the way they write in a word
 * processor: "less than 5%" as "<5%", a note as an HTML comment, an aside in braces. MDX reads each as
 * code, and its parser says so in its own terms; these say what was meant and what to write instead,
 * at the file's own line and column, with the parser's message kept on a second line.
 */
import type { Problem } from './problem.ts';

/** The position the parser gives at the start of its message: "3:22: …", relative to the body. */
const POSITION = /^(\d+):(\d+): /;

interface Advice {
  /** Recognises the parser's message; `at` is the text from the error's position on. */
  matches(message: string, at: string): boolean;
  /** What to tell the contributor; `opened` is where an unclosed tag opened (line, column in the file). */
  advice(message: string, opened: (line: number, column: number) => string): string;
}

const ADVICE: Advice[] = [
  {
    matches: (_, at) => at.startsWith('<!--'),
    advice: () =>
      'an HTML comment (<!-- … -->) is not allowed in MDX: remove it; for a note to readers, use <Callout tone="note">…</Callout>.',
  },
  {
    matches: (message) => /after `<`|before name/.test(message),
    advice: () => 'a "<" here starts no tag: write "less than" in words, or \\< to show the character.',
  },
  {
    matches: (message) => /parse expression|expression|Unexpected end of file in expression/.test(message),
    advice: () => 'braces { } hold code in MDX: write \\{ and \\} to show them as text.',
  },
  {
    matches: (message) => /Expected a closing tag for `<[^>]+>`/.test(message),
    advice: (message, opened) => {
      const [, tag = '', line = '1', column = '1'] = /Expected a closing tag for `<([^>]+)>` \((\d+):(\d+)\)/.exec(message) ?? [];
      const name = tag.split(/\s/)[0] ?? tag;
      return `<${name}> opened at ${opened(Number(line), Number(column))} is never closed: end it with </${name}>, or write \\< if "<" was meant as text.`;
    },
  },
];

/**
 * The problem to report for the parser's `error` on the body of `source`, which starts at file line
 * `bodyLine`.
 */
export function mdxParseProblem(file: string, body: string, bodyLine: number, error: unknown): Problem {
  const reason = (error instanceof Error ? error.message : String(error)).trim();
  const [, line = '1', column = '1'] = POSITION.exec(reason) ?? [];
  const bodyLines = body.split('\n');
  const at = (bodyLines[Number(line) - 1] ?? '').slice(Number(column) - 1);
  const message = reason.replace(POSITION, '');
  const opened = (openLine: number, openColumn: number) => `line ${bodyLine + openLine - 1}, column ${openColumn}`;
  const advice = ADVICE.find((candidate) => candidate.matches(message, at))?.advice(message, opened) ?? 'the text does not parse as MDX.';
  return {
    file,
    line: bodyLine + Number(line) - 1,
    column: Number(column),
    field: '(body)',
    message: `${advice}\n    The MDX parser said: ${message}`,
  };
}
