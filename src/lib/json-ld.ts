/** schema.org data for solutions, news (Article) and events (Event). */
import { isoDuration } from './dates.ts';
import { site } from '../site.config.ts';

export function articleJsonLd(article: {
  title: string;
  summary: string;
  url: string;
  published: string;
  updated?: string | undefined;
  authors: readonly string[];
  keywords?: readonly string[];
  place?: string | undefined;
}): Record<string, unknown> {
  return {
    '@type': 'Article',
    headline: article.title,
    description: article.summary,
    url: article.url,
    mainEntityOfPage: article.url,
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    author: article.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    ...(article.keywords ? { keywords: article.keywords.join(', ') } : {}),
    ...(article.place ? { contentLocation: { '@type': 'Place', name: article.place } } : {}),
  };
}

export function eventJsonLd(event: {
  title: string;
  summary: string;
  url: string;
  start?: string | undefined;
  durationMinutes: number;
  online: boolean;
  platform?: string | undefined;
  place?: string | undefined;
  organizers: readonly string[];
}): Record<string, unknown> {
  const location = event.online
    ? { '@type': 'VirtualLocation', name: event.platform ?? 'Online', url: event.url }
    : { '@type': 'Place', name: event.place };
  return {
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: event.url,
    ...(event.start ? { startDate: event.start, endDate: endOf(event.start, event.durationMinutes) } : {}),
    duration: isoDuration(event.durationMinutes),
    eventAttendanceMode: event.online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location,
    organizer: event.organizers.map((name) => ({ '@type': 'Organization', name })),
  };
}

/** The end of an event in UTC (schema.org accepts any offset). */
function endOf(start: string, minutes: number): string {
  return new Date(Date.parse(start) + minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}
