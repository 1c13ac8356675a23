/** Dates as readers see them. Content dates are YYYY-MM-DD strings; event starts keep their offset. */
import { OFFSET_DATE_TIME_PATTERN } from '../schemas/date-patterns.ts';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2019-06-21" -> "21 June 2019". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * An event start shown in its own time zone, as the organizers announced it:
 * "2021-04-20T10:00:00-05:00" -> "Tuesday 20 April 2021, 10:00 (UTC−05:00)".
 */
export function formatEventStart(start: string): string {
  const match = OFFSET_DATE_TIME_PATTERN.exec(start);
  if (!match) return start;
  const [, day = '', hours = '', minutes = '', offset = ''] = match;
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset.replace('-', '−')}`;
  return `${weekday} ${formatDate(day)}, ${hours}:${minutes} (${zone})`;
}

/** 90 -> "1 h 30 min"; 45 -> "45 min". */
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
