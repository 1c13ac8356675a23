/**
 * What contributed MDX may contain besides Markdown. Contributed files are content, not code: no
 * imports, exports or expressions, only these components (provided to MDX without imports by
 * src/components/mdx/) and these HTML tags, each with the attributes listed.
 */

/** Components authors may use, with their props. */
export const allowedComponents: Record<string, readonly string[]> = {
  /** A figure: a Markdown image inside, with a caption and an optional credit. */
  Figure: ['caption', 'credit'],
  /** A highlighted note; `tone` is note, tip or warning. */
  Callout: ['title', 'tone'],
  /** A quotation with who said it and where. */
  Quote: ['author', 'source'],
};

/** Attributes allowed on every safe HTML tag. */
const common = ['title', 'lang', 'dir'];

/** Safe HTML tags, with their attributes beyond the common ones. */
export const safeHtmlTags: Record<string, readonly string[]> = {
  a: ['href'],
  abbr: [],
  b: [],
  br: [],
  cite: [],
  code: [],
  del: [],
  em: [],
  i: [],
  ins: [],
  kbd: [],
  mark: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  u: [],
  time: ['datetime'],
  p: [],
  blockquote: ['cite'],
  ul: [],
  ol: ['start'],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  h2: [],
  h3: [],
  h4: [],
  hr: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  figure: [],
  figcaption: [],
  details: [],
  summary: [],
  img: ['src', 'alt', 'width', 'height'],
};

export function allowedAttributes(tag: string): readonly string[] {
  return [...common, ...(safeHtmlTags[tag] ?? [])];
}

/** Tags refused with a reason of their own, because they run code or embed other pages. */
export const blockedTags: Record<string, string> = {
  script: 'runs code',
  iframe: 'embeds another site',
  style: 'restyles the whole site',
  object: 'embeds a plug-in or another page',
  embed: 'embeds a plug-in or another page',
  form: 'sends data elsewhere',
  link: 'loads outside resources',
  meta: 'changes the page head',
  base: 'changes where every link points',
};

/** URL schemes that run code or smuggle content. */
export const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;
