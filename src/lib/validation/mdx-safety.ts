/**
 * Contributed MDX is content, not code. The body is parsed with the same MDX parser the build uses
 * (Sätteri) and every construct that could run code or escape the page is refused with its line:
 * imports and exports, `{…}` expressions (comments excepted), components off the allow-list, raw HTML
 * off the safe list, inline event handlers, `javascript:` and `data:` URLs, and images without alt text.
 */
import { mdxToMdast } from 'satteri';
import { allowedAttributes, allowedComponents, blockedTags, safeHtmlTags, UNSAFE_URL } from './mdx-allow-list.ts';
import { mdxParseProblem } from './mdx-errors.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
const components = Object.keys(allowedComponents).join(', ');

export function checkMdxSafety(source: SourceFile): Problem[] {
  const problems: Problem[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(source.body) as unknown as Node;
  } catch (error) {
    return [mdxParseProblem(source.path, source.body, source.bodyLine, error)];
  }
  const report = (node: Node, message: string) =>
    problems.push({ file: source.path, line: source.bodyLine + (node.position?.start.line ?? 1) - 1, field: '(body)', message });

  const checkUrl = (node: Node, url: string, what: string) => {
    if (UNSAFE_URL.test(url))
      report(
        node,
        `${what} "${url.slice(0, 40)}" uses a ${url.trim().split(':')[0]?.toLowerCase()}: URL, which is not allowed; link to an https:// address or a page of this site.`,
      );
  };

  const visit = (node: Node): void => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = String(node.value).trim().startsWith('export') ? 'export' : 'import';
        report(
          node,
          `${keyword} statements are not allowed in contributed content; the components ${components} are available without imports.`,
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT.test(String(node.value)))
          report(node, `{${String(node.value).slice(0, 30)}} is an expression, which runs code; write \\{ to show a curly brace as text.`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, checkUrl);
        break;
      case 'link':
      case 'definition':
        checkUrl(node, node.url ?? '', 'the link');
        break;
      case 'image':
        checkUrl(node, node.url ?? '', 'the image');
        if (!node.alt?.trim())
          report(node, `the image "${node.url}" has no alt text: write what it shows between the brackets, ![like this](${node.url}).`);
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

function checkElement(
  node: Node,
  report: (node: Node, message: string) => void,
  checkUrl: (node: Node, url: string, what: string) => void,
): void {
  const name = node.name;
  if (!name) {
    report(node, 'fragments (<>…</>) are not allowed; write the content directly.');
    return;
  }
  const blocked = blockedTags[name.toLowerCase()];
  if (blocked) {
    report(node, `<${name}> is not allowed: it ${blocked}. Contributed files cannot run code or embed other pages.`);
    return;
  }
  const isComponent = /^[A-Z]/.test(name);
  const allowed = isComponent ? allowedComponents[name] : safeHtmlTags[name] ? allowedAttributes(name) : undefined;
  if (!allowed) {
    report(
      node,
      isComponent
        ? `<${name}> is not an available component. Available: ${components}.`
        : `<${name}> is not an allowed HTML tag; use Markdown, or one of: ${Object.keys(safeHtmlTags).join(', ')}.`,
    );
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(node, `<${name}> has a {…} spread attribute, which runs code; write each attribute as name="value".`);
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      report(node, `<${name} ${attribute.name}> is an inline event handler, which runs code; it is not allowed.`);
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(
        node,
        `<${name} ${attribute.name}={…}> uses an expression, which runs code; write the value in quotes: ${attribute.name}="…".`,
      );
      continue;
    }
    if (!allowed.includes(attribute.name)) {
      report(node, `<${name}> does not take the attribute "${attribute.name}". Allowed: ${allowed.join(', ') || 'none'}.`);
      continue;
    }
    if (typeof attribute.value === 'string' && /^(href|src|cite)$/.test(attribute.name))
      checkUrl(node, attribute.value, `${attribute.name} of <${name}>`);
  }
}
