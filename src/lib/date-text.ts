/**
 * A content date ("2019-06-21") in words, given the language's Intl tag: the one formatter the pages
 * (src/lib/dates.ts) and the search island share, so results and pages write dates alike.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
/** Dates already written, by language and date: a site's cards repeat the same few thousand dates. */
const written = new Map<string, string>();

/** "2019-06-21" -> "21 June 2019" (en-GB), "21 de junio de 2019" (es-MX). */
export function formatIsoDate(intl: string, isoDate: string): string {
  const key = `${intl} ${isoDate}`;
  const known = written.get(key);
  if (known !== undefined) return known;
  let format = formats.get(intl);
  if (!format)
    formats.set(intl, (format = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  const text = format.format(new Date(`${isoDate}T00:00:00Z`));
  written.set(key, text);
  return text;
}
