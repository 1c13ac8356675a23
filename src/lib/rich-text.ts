/**
 * The site's own longer texts (src/i18n/) hold simple inline HTML and `{name}` places for links, so a
 * translator can move a link within its sentence. This fills the places with escaped links; the
 * templates themselves are trusted code, never contributed content.
 */

export interface TextLink {
  href: string;
  label: string;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put into HTML, attribute values included. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** A template's HTML with each `{name}` replaced by a link; a place without a link is an error in the texts. */
export function withLinks(template: string, links: Record<string, TextLink> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_place, name: string) => {
    const link = links[name];
    if (!link) throw new Error(`The text "${template.slice(0, 60)}…" has a place {${name}} that no link fills`);
    return `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`;
  });
}
