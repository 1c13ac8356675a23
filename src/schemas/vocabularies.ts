/**
 * The fixed controlled vocabularies of the content model, defined once by their ids.
 *
 * Schemas validate against these ids, search uses them as filter values and the scaffold command
 * lists them; their labels and descriptions, in each language, are in src/i18n/ (typed by these ids,
 * so none can be missing). Themes are the one vocabulary that lives in content (`content/themes/`),
 * because contributors may propose new ones.
 */

/** The ids of a vocabulary, in the order the site lists them; also a literal union type. */
function vocabulary<const T extends readonly string[]>(ids: T) {
  return { ids };
}

/** Scales of implementation. */
export const scales = vocabulary(['local', 'subnational', 'national', 'multinational', 'regional', 'global']);
/** Phases of a solution. */
export const phases = vocabulary(['planning', 'inception', 'implementation', 'scaling-up', 'completed']);
/** World regions. */
export const regions = vocabulary(['africa', 'asia', 'europe', 'latin-america-caribbean', 'middle-east', 'north-america', 'oceania']);
/** Sectors of organizations. */
export const sectors = vocabulary([
  'government',
  'civil-society',
  'community',
  'academia',
  'private-sector',
  'international-cooperation',
  'philanthropy',
]);
/** Governance levels, international first. */
export const levels = vocabulary(['international', 'national', 'subnational', 'local']);
/** Roles of actors in an alliance. */
export const roles = vocabulary(['lead', 'partner', 'funder', 'facilitator', 'implementer', 'beneficiary']);
/** Groups of themes: what a solution works on (a sector such as water), or how it works (an approach). */
export const themeGroups = vocabulary(['sector', 'approach']);
/** Formats of events. */
export const eventFormats = vocabulary(['round-table', 'workshop', 'webinar', 'conference', 'training', 'field-visit']);

export type ScaleId = (typeof scales.ids)[number];
export type PhaseId = (typeof phases.ids)[number];
export type RegionId = (typeof regions.ids)[number];
export type SectorId = (typeof sectors.ids)[number];
export type LevelId = (typeof levels.ids)[number];
export type RoleId = (typeof roles.ids)[number];
export type ThemeGroupId = (typeof themeGroups.ids)[number];
export type EventFormatId = (typeof eventFormats.ids)[number];
