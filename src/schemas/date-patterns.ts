/**
 * How dates are written in the content, in one place for the schemas, the pages that show them and the
 * editors' JSON Schemas. (No zod here: the search page's script reads dates too.)
 */

/** A calendar date, YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An ISO 8601 date-time with an explicit offset, e.g. "2021-04-20T10:00:00-05:00"; the groups are the
 * day, the hours, the minutes and the offset.
 */
export const OFFSET_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/;
