/** An event: a forum session, a workshop, a webinar. Past or upcoming is derived from `start` at build time. */
import { z } from 'astro/zod';
import { eventFormats } from './vocabularies.ts';
import { httpsUrl, line, slugRef, summary, title, uniqueList, entryLanguage } from './common.ts';
import { OFFSET_DATE_TIME_PATTERN } from './date-patterns.ts';

/**
 * The start of an event. YAML turns an unquoted date-time into a Date and throws its time zone away, so
 * the value must be quoted; the message says so rather than silently showing the wrong local time.
 */
const startDateTime = z.custom<string>(
  (value) => typeof value === 'string' && OFFSET_DATE_TIME_PATTERN.test(value) && !Number.isNaN(Date.parse(value)),
  {
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date-time in quotes, e.g. "2021-04-20T10:00:00-05:00", so its time zone is kept'
        : 'must be an ISO 8601 date-time with its time zone offset, in quotes, e.g. "2021-04-20T10:00:00-05:00"',
  },
);

export const eventSchema = z
  .strictObject({
    /** The language this file is written in (see `entryLanguage`). */
    lang: entryLanguage,
    /** The event's title, 5-140 characters. */
    title: title.meta({ description: "The event's title, 5-140 characters." }),
    /** Plain text, 20-600 characters. */
    summary: summary.meta({ description: 'Plain text, 20-600 characters.' }),
    /** Start, with time zone offset; omit only for an archived event whose date is not recorded. */
    start: startDateTime
      .optional()
      .meta({ description: 'Start, with time zone offset; omit only for an archived event whose date is not recorded.' }),
    /** Set to true for an archived event whose date is not recorded (then leave out `start`). */
    past: z
      .boolean()
      .optional()
      .meta({ description: 'Set to true for an archived event whose date is not recorded (then leave out `start`).' }),
    /** Length in minutes, e.g. 90. */
    durationMinutes: z.int().positive('must be a positive number of minutes').meta({ description: 'Length in minutes, e.g. 90.' }),
    /** Format of the event. */
    format: z.enum(eventFormats.ids).meta({ description: 'Format of the event.' }),
    /** Where it takes place. */
    venue: z
      .strictObject({
        /** True when it takes place online. */
        online: z.boolean().meta({ description: 'True when it takes place online.' }),
        /** The online platform, e.g. "Zoom". */
        platform: line.optional().meta({ description: 'The online platform, e.g. "Zoom".' }),
        /** The physical place, when there is one. */
        place: line.optional().meta({ description: 'The physical place, when there is one.' }),
      })
      .refine((venue) => venue.online || venue.place !== undefined, {
        message: 'an event that is not online needs a place',
        path: ['place'],
      })
      .meta({ description: 'Where it takes place: online (with its platform) or at a place.' }),
    /** Slugs of the organizations that run it. */
    organizers: uniqueList(slugRef).optional().meta({ description: 'Slugs of the organizations that run it.' }),
    /** Theme ids. */
    themes: uniqueList(slugRef).optional().meta({ description: 'Theme ids.' }),
    /** The programme it belongs to, e.g. a forum's thematic line. */
    series: line.optional().meta({ description: "The programme it belongs to, e.g. a forum's thematic line." }),
    /** The session's code within its series, e.g. "1.1.1". */
    session: line.optional().meta({ description: 'The session\'s code within its series, e.g. "1.1.1".' }),
    /** Registration page (https). */
    registrationUrl: httpsUrl.optional().meta({ description: 'Registration page (https).' }),
  })
  .superRefine((event, ctx) => {
    if (event.start === undefined && event.past !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'is required; for an archived event whose date is not recorded, write past: true instead',
      });
    }
    if (event.start !== undefined && event.past !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['past'],
        message: 'is derived from start; remove it (it is only for archived events with no recorded date)',
      });
    }
  });

export type Event = z.output<typeof eventSchema>;
