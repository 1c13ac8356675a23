/** `npm run lint` reports the mistakes its rules are there for: a hooks mistake in the fixture file. */
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

it('reports an effect that reads a value it does not list (stale state), as an error', async () => {
  // The project's own configuration, which ignores the fixture folder unless told not to.
  const eslint = new ESLint({ cwd: projectRoot, ignore: false });
  const [result] = await eslint.lintFiles(['tests/fixtures/lint/hooks-mistake.tsx']);
  const problems = (result?.messages ?? []).map(({ ruleId, severity, line }) => ({ ruleId, severity, line }));
  expect(problems).toEqual([{ ruleId: 'react-hooks/exhaustive-deps', severity: 2, line: 13 }]);
}, 30_000);
