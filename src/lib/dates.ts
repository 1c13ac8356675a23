/**
 * Dates as readers see them, in the page's language. Content dates are YYYY-MM-DD strings; event
 * starts keep their offset and are shown in the time zone the organizers announced.
 */
import { strings, type Locale } from '../i18n/index.ts';
import { formatIsoDate } from './date-text.ts';
import { OFFSET_DATE_TIME_PATTERN } from '../schemas/date-patterns.ts';

const formats = new Map<string, Intl.DateTimeFormat>();
/** A formatter of dates in UTC, made once per language and style. */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(strings(locale).language.intl, { ...options, timeZone: 'UTC' })));
  return format;
}

/** "2019-06-21" -> "21 June 2019", "21 de junio de 2019". */
export function formatDate(isoDate: string, locale: Locale): string {
  return formatIsoDate(strings(locale).language.intl, isoDate);
}

/**
 * An event start shown in its own time zone, as the organizers announced it:
 * "2021-04-20T10:00:00-05:00" -> "Tuesday 20 April 2021, 10:00 (UTC−05:00)", "martes 20 de abril de 2021, 10:00 (UTC−05:00)".
 */
export function formatEventStart(start: string, locale: Locale): string {
  const match = OFFSET_DATE_TIME_PATTERN.exec(start);
  if (!match) return start;
  const [, day = '', hours = '', minutes = '', offset = ''] = match;
  const weekday = formatter(locale, { weekday: 'long' }).format(new Date(`${day}T00:00:00Z`));
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset.replace('-', '−')}`;
  return `${weekday} ${formatDate(day, locale)}, ${hours}:${minutes} (${zone})`;
}

/** 90 -> "1 h 30 min"; 45 -> "45 min" (the same in English and Spanish). */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** ISO 8601 duration for machine-readable markup: 90 -> "PT1H30M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}
