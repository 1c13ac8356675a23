/** Small text helpers shared by pages. */
import type { Atlas } from './relations.ts';

/** Organization names for a list of slugs. */
export function organizationNames(atlas: Atlas, ids: readonly string[]): string[] {
  return ids.map((id) => atlas.organization(id).data.name);
}

/** "1 solution" / "3 solutions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
