/**
 * `npm run new -- <type> "<title>"` creates a new content file with every field and a TODO placeholder
 * where you must write. Without arguments, or with --interactive, it asks in the terminal.
 * Types: solution, building-block, story, event, news, organization.
 *
 * `npm run new -- translation <collection>/<slug> <language>` starts a translation beside the entry's
 * file, with its text to translate.
 */
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { stdin, stdout } from 'node:process';
import { createEntry, createTranslation, isContentType, ScaffoldError, themeIds } from '../src/lib/scaffold/create.ts';
import { contentTypes, type ContentType, type TemplateInput } from '../src/lib/scaffold/templates.ts';
import { en, type Term } from '../src/i18n/en.ts';

const root = resolve(process.env['ATLAS_CONTENT_ROOT'] ?? '.');
const args = process.argv.slice(2).filter((arg) => arg !== '--interactive');
const interactive = args.length === 0 || process.argv.includes('--interactive');

async function ask(): Promise<{ type: ContentType; title: string; choices: NonNullable<TemplateInput['choices']> }> {
  const terminal = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY });
  // Lines are read through the iterator, which keeps answers typed (or piped) ahead of their question.
  const lines = terminal[Symbol.asyncIterator]();
  const prompt = async (text: string): Promise<string> => {
    stdout.write(text);
    const line = await lines.next();
    if (line.done) throw new ScaffoldError('The input ended before every question was answered.');
    return String(line.value);
  };
  const choose = async (
    question: string,
    options: readonly { id: string; label: string }[],
    optional = false,
  ): Promise<string | undefined> => {
    stdout.write(`\n${question}\n`);
    options.forEach((option, index) => stdout.write(`  ${index + 1}. ${option.label} (${option.id})\n`));
    for (;;) {
      const answer = (await prompt(`Number or id${optional ? ' (Enter to skip)' : ''}: `)).trim();
      if (answer === '' && optional) return undefined;
      const found = options[Number(answer) - 1] ?? options.find((option) => option.id === answer);
      if (found) return found.id;
      stdout.write(`"${answer}" is not one of the choices.\n`);
    }
  };
  const terms = (vocabulary: Record<string, Term>) => Object.entries(vocabulary).map(([id, term]) => ({ id, label: term.label }));
  try {
    const type = (
      args[0] && isContentType(args[0])
        ? args[0]
        : await choose(
            'What do you want to add?',
            contentTypes.map((id) => ({ id, label: id.replace('-', ' ') })),
          )
    ) as ContentType;
    const title = args[1] ?? (await prompt(`\nTitle${type === 'organization' ? " (the organization's name)" : ''}: `));
    const choices: NonNullable<TemplateInput['choices']> = {};
    const set = (key: keyof typeof choices, value: string | undefined) => {
      if (value !== undefined) choices[key] = value;
    };
    if (type === 'solution' || type === 'building-block')
      set(
        'theme',
        await choose(
          'Main theme',
          themeIds(root).map((id) => ({ id, label: id.replaceAll('-', ' ') })),
        ),
      );
    if (type === 'solution') {
      set('scale', await choose('Scale of implementation', terms(en.vocabularies.scales)));
      set('phase', await choose('Phase', terms(en.vocabularies.phases), true));
    }
    if (type === 'organization') {
      set('sector', await choose('Sector', terms(en.vocabularies.sectors)));
      set('level', await choose('Governance level', terms(en.vocabularies.levels)));
    }
    if (type === 'event') set('format', await choose('Format', terms(en.vocabularies.eventFormats)));
    if (type === 'solution' || type === 'organization') {
      const country = (await prompt('\nCountry, as a two-letter ISO code such as MX (Enter to skip): ')).trim().toUpperCase();
      if (country) choices.country = country;
    }
    return { type, title, choices };
  } finally {
    terminal.close();
  }
}

try {
  if (args[0] === 'translation') {
    if (args.length !== 3) throw new ScaffoldError('Write the entry and the language, e.g. npm run new -- translation solutions/<slug> es');
    const path = createTranslation(root, args[1] ?? '', args[2] ?? '');
    console.log(`\nCreated ${path}\nTranslate every value that starts with "TODO translate:" and the text, then run: npm run validate`);
  } else {
    const { type, title, choices } = interactive ? await ask() : { type: args[0] ?? '', title: args.slice(1).join(' '), choices: {} };
    const path = createEntry(root, type, title, { choices });
    console.log(`\nCreated ${path}\nReplace every value that starts with TODO, then run: npm run validate`);
  }
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  console.error('Usage: npm run new -- <type> "<title>"   (or npm run new, to be asked)');
  console.error('       npm run new -- translation <collection>/<slug> <language>');
  process.exitCode = 1;
}
