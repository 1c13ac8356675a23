/**
 * Lint rules for the whole repository (`npm run lint`, part of `npm test`): ESLint's and
 * typescript-eslint's recommended rules everywhere, Astro's in .astro files, and for the search page's
 * React island the rules of hooks (stale state in effects and timers is the bug they catch) and
 * jsx-a11y's accessibility rules.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built output, generated files, and the lint fixture whose mistake a test expects ESLint to find.
    ignores: ['dist/', '.astro/', '**/.astro/', 'node_modules/', 'screenshots/', 'public/', 'tests/fixtures/lint/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Names that start with "_" are placeholders a signature needs.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A dependency left out of an effect is the stale-state bug these rules exist for: an error.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
);
