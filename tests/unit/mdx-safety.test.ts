/** Contributed MDX is content, not code: each unsafe pattern is refused with its line and reason. */
import { describe, expect, it } from 'vitest';
import { checkMdxSafety } from '../../src/lib/validation/mdx-safety.ts';
import { allowedComponents } from '../../src/lib/validation/mdx-allow-list.ts';
import { readSource } from '../../src/lib/validation/source-file.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../support/paths.ts';

/** Problems of a body placed after a 4-line frontmatter, so the body starts on line 5. */
function problems(body: string): string[] {
  const source = readSource('content/news/x.mdx', `---\ntitle: Example\npublished: 2024-01-01\n---\n${body}`);
  return checkMdxSafety(source).map(formatProblem);
}

const at = (line: number, message: string) => `content/news/x.mdx:${line}: (body): ${message}`;

describe('unsafe MDX is refused', () => {
  it('import statements', () => {
    expect(problems("import Map from '../../src/Map.astro'\n")).toEqual([
      at(
        5,
        'import statements are not allowed in contributed content; the components Figure, Callout, Quote are available without imports.',
      ),
    ]);
  });
  it('export statements', () => {
    expect(problems('Text.\n\nexport const x = fetch("https://example.org")\n')[0]).toBe(
      at(
        7,
        'export statements are not allowed in contributed content; the components Figure, Callout, Quote are available without imports.',
      ),
    );
  });
  it('expressions, which run code at build time', () => {
    expect(problems('Total: {process.env.SECRET}\n')).toEqual([
      at(5, '{process.env.SECRET} is an expression, which runs code; write \\{ to show a curly brace as text.'),
    ]);
  });
  for (const tag of ['script', 'iframe', 'style', 'object', 'embed']) {
    it(`<${tag}>`, () => {
      expect(problems(`Before.\n\n<${tag}>x</${tag}>\n`)[0]).toMatch(
        new RegExp(
          `^content/news/x\\.mdx:7: \\(body\\): <${tag}> is not allowed: it .+\\. Contributed files cannot run code or embed other pages\\.$`,
        ),
      );
    });
  }
  it('inline event handlers, in any case', () => {
    expect(problems('<span onClick="alert(1)">x</span>\n')).toEqual([
      at(5, '<span onClick> is an inline event handler, which runs code; it is not allowed.'),
    ]);
    expect(problems('<p onmouseover="x">y</p>\n')).toEqual([
      at(5, '<p onmouseover> is an inline event handler, which runs code; it is not allowed.'),
    ]);
  });
  it('javascript: and data: URLs in links, images and attributes', () => {
    expect(problems('[click](javascript:alert(1))\n')).toEqual([
      at(
        5,
        'the link "javascript:alert(1)" uses a javascript: URL, which is not allowed; link to an https:// address or a page of this site.',
      ),
    ]);
    expect(problems('![a pixel](data:image/png;base64,AAAA)\n')[0]).toBe(
      at(
        5,
        'the image "data:image/png;base64,AAAA" uses a data: URL, which is not allowed; link to an https:// address or a page of this site.',
      ),
    );
    expect(problems('<a href="JAVASCRIPT:alert(1)">x</a>\n')[0]).toMatch(/href of <a> "JAVASCRIPT:alert\(1\)" uses a javascript: URL/);
    expect(problems('[ref]: javascript:alert(1)\n\nSee [ref].\n')[0]).toMatch(/the link "javascript:alert\(1\)" uses a javascript: URL/);
  });
  it('components that are not on the allow-list', () => {
    expect(problems('<Map lat="1" />\n')).toEqual([at(5, '<Map> is not an available component. Available: Figure, Callout, Quote.')]);
  });
  it('HTML tags that are not on the safe list', () => {
    expect(problems('<marquee>x</marquee>\n')[0]).toMatch(
      /^content\/news\/x\.mdx:5: \(body\): <marquee> is not an allowed HTML tag; use Markdown, or one of: a, abbr/,
    );
  });
  it('attributes a tag or component does not take, and expression or spread attributes', () => {
    expect(problems('<span style="position:fixed">x</span>\n')).toEqual([
      at(5, '<span> does not take the attribute "style". Allowed: title, lang, dir.'),
    ]);
    expect(problems('<Callout title={danger()}>x</Callout>\n')).toEqual([
      at(5, '<Callout title={…}> uses an expression, which runs code; write the value in quotes: title="…".'),
    ]);
    expect(problems('<Callout {...props}>x</Callout>\n')).toEqual([
      at(5, '<Callout> has a {…} spread attribute, which runs code; write each attribute as name="value".'),
    ]);
  });
  it('images without alt text', () => {
    expect(problems('![](./photo.jpg)\n')).toEqual([
      at(5, 'the image "./photo.jpg" has no alt text: write what it shows between the brackets, ![like this](./photo.jpg).'),
    ]);
  });
  it("MDX that does not parse, in plain words at its line and column, with the parser's own message after", () => {
    expect(problems('<Callout>never closed\n')[0]).toMatch(
      /^content\/news\/x\.mdx:5:1: \(body\): <Callout> opened at line 5, column 1 is never closed: end it with <\/Callout>, or write \\< if "<" was meant as text\.\n {4}The MDX parser said: Expected a closing tag for `<Callout>`/,
    );
  });
});

describe('safe MDX is accepted', () => {
  it('Markdown, comments, allowed components and safe HTML', () => {
    const body = [
      '## A heading',
      '',
      'Text with **bold**, a [link](https://example.org), a [page](/solutions/) and <abbr title="Non-governmental organization">NGO</abbr>.',
      '',
      '{/* an editor note */}',
      '',
      '<Figure caption="The committee meets" credit="Photo: Example">',
      '',
      '![A committee around a table](./photo.jpg)',
      '',
      '</Figure>',
      '',
      '<Callout title="Tip" tone="tip">Meet where the water is.</Callout>',
      '',
      '<Quote author="Someone" source="An interview">We learned to listen.</Quote>',
      '',
      'A brace written as text: \\{ like this }.',
      '',
      '```html',
      '<script>shown as code, never run</script>',
      '```',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });
  it('the sample content', () => {
    expect(problems('Plain text.\n\n> A quote.\n\n- a list\n')).toEqual([]);
  });
});

describe('the allow-list', () => {
  it('names exactly the components provided to MDX', () => {
    const folder = join(projectRoot, 'src/components/mdx');
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.astro'))
      .map((name) => name.replace('.astro', ''));
    const provided =
      /mdxComponents = \{([^}]*)\}/
        .exec(readFileSync(join(folder, 'index.ts'), 'utf8'))?.[1]
        ?.split(',')
        .map((name) => name.trim()) ?? [];
    expect(Object.keys(allowedComponents).sort()).toEqual(files.sort());
    expect(Object.keys(allowedComponents).sort()).toEqual(provided.sort());
  });
});
