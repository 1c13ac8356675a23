/**
 * Reading one content file the way Astro does (js-yaml for the values), while keeping a map from each
 * field to its line so every problem can be reported as `path:line`.
 */
import { load as loadYaml } from 'js-yaml';
import { CST, Lexer, LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** A parsed content file. */
export interface SourceFile {
  /** Path relative to the project root, with forward slashes, as shown in messages. */
  path: string;
  /** The parsed frontmatter (MDX) or document (YAML). */
  data: unknown;
  /** The MDX body after the frontmatter ('' for YAML). */
  body: string;
  /** 1-based line in the file at which the body starts. */
  bodyLine: number;
  /** The line of a field, or of its nearest parent that exists; 1 when nothing is known. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
  /** The text of a scalar as written in the file, before YAML typed it. */
  rawText(fieldPath: readonly PropertyKey[]): string | undefined;
  /** The YAML text itself (the frontmatter of an MDX file). */
  yaml: string;
}

/** A file that could not be read as YAML. */
export class YamlSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Splits an MDX file into its frontmatter text and body. Returns undefined when there is no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Refuses YAML anchors (`&name`), aliases (`*name`) and merge keys (`<<`) before any parser expands
 * them: contributed content has no use for them, and a few nested aliases make a file that takes
 * minutes, or all the memory there is, to expand. The lexer only reads the text, so this takes time in
 * proportion to the file's length.
 */
function refuseAliases(text: string, firstLine: number): void {
  // An anchor is written with "&", an alias with "*", a merge key as "<<": a text with none of these
  // characters has none of them, and the lexer is spared (most files are such texts).
  if (!/[&*]|<</.test(text)) return;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    const kind =
      type === 'anchor'
        ? `an anchor (${token})`
        : type === 'alias'
          ? `an alias (${token})`
          : token === '<<'
            ? 'a merge key (<<)'
            : undefined;
    if (kind) {
      const line = firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
      throw new YamlSyntaxError(`uses ${kind}, which contributed files do not allow: write each value out in full where it is used`, line);
    }
    // The lexer marks the start of a document and other structure with zero-width control characters.
    if (token.length !== 1 || token === '\n' || token.charCodeAt(0) >= 0x20) offset += token.length;
  }
}

/**
 * Advice for the commonest slip in a contributed file: a value written without quotes that holds ": "
 * ("summary: Lessons: what worked"), which YAML reads as the start of another field. The parser's own
 * words ("bad indentation of a mapping entry") do not say so. `line` is the failing line in `text`.
 */
function quotingAdvice(text: string, line: number | undefined): string {
  const written = line === undefined ? undefined : text.split('\n')[line];
  const field = written === undefined ? null : /^\s*(?:- )?([A-Za-z][\w-]*):[ \t]+[^"'\s|>[{][^#]*?:[ \t]/.exec(written);
  return field
    ? `; YAML reads ": " inside a value as the start of a field, so write the value of ${field[1]} in double quotes (${field[1]}: "…")`
    : '';
}

/**
 * Parses YAML text. `firstLine` is the file line of the YAML's first line (2 for frontmatter).
 * Throws YamlSyntaxError with the file line of the problem.
 */
export function parseYaml(path: string, text: string, firstLine: number, body = '', bodyLine = 0): SourceFile {
  refuseAliases(text, firstLine);
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (error) {
    const yamlError = error as { reason?: string; mark?: { line: number } };
    const advice = quotingAdvice(text, yamlError.mark?.line);
    throw new YamlSyntaxError(
      `the YAML does not parse: ${yamlError.reason ?? String(error)}${advice}`,
      firstLine + (yamlError.mark?.line ?? 0),
    );
  }
  // Where each field is written: parsed only when a problem needs a line, as most files have none and
  // on a large site this second parse was most of the validation's time.
  let located: { root: Node | null; counter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const counter = new LineCounter();
      located = { root: parseDocument(text, { lineCounter: counter, uniqueKeys: false }).contents as Node | null, counter };
    }
    return located;
  };
  const lineOf = (fieldPath: readonly PropertyKey[]): number => {
    const { root, counter } = locate();
    for (let depth = fieldPath.length; depth >= 0; depth -= 1) {
      const node = nodeAt(root, fieldPath.slice(0, depth));
      if (node?.range) return firstLine - 1 + counter.linePos(node.range[0]).line;
    }
    return Math.max(1, firstLine - 1);
  };
  const rawText = (fieldPath: readonly PropertyKey[]): string | undefined => {
    const node = valueNodeAt(locate().root, fieldPath);
    return node?.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
  };
  return { path, data, body, bodyLine, lineOf, rawText, yaml: text };
}

/** The node at a path; for a map entry, its key (where a reader looks for the field). */
function nodeAt(root: Node | null, fieldPath: readonly PropertyKey[]): Node | undefined {
  return walkTo(root, fieldPath, true);
}

/** The value node at a path. */
function valueNodeAt(root: Node | null, fieldPath: readonly PropertyKey[]): Node | undefined {
  return walkTo(root, fieldPath, false);
}

function walkTo(root: Node | null, fieldPath: readonly PropertyKey[], preferKey: boolean): Node | undefined {
  let node: Node | null | undefined = root;
  let keyNode: Node | undefined;
  for (const segment of fieldPath) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === String(segment));
      if (!pair) return undefined;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as Node | null;
    } else {
      return undefined;
    }
  }
  return (preferKey ? keyNode : undefined) ?? node ?? undefined;
}

/** Reads a content file's text into a SourceFile according to its extension. */
export function readSource(path: string, text: string): SourceFile {
  if (path.endsWith('.yaml')) return parseYaml(path, text, 1);
  const parts = splitFrontmatter(text);
  if (!parts) throw new YamlSyntaxError('has no frontmatter: the file must start with a line "---", the fields, and another "---"', 1);
  return parseYaml(path, parts.yaml, 2, parts.body, parts.bodyLine);
}
