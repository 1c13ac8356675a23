/**
 * Putting values into the site's texts: small enough for the search island to use without loading the
 * texts of every language (src/i18n/index.ts does).
 */

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => values[name] ?? place);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of `forms` (for one, for several) that `count` takes in the language of `intl`. */
export function pluralForm(intl: string, count: number, [one, other]: readonly [string, string]): string {
  // Made once per language: a page may count hundreds of things, and making one costs more than using it.
  let rules = pluralRules.get(intl);
  if (!rules) pluralRules.set(intl, (rules = new Intl.PluralRules(intl)));
  return rules.select(count) === 'one' ? one : other;
}
