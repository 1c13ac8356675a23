/**
 * What an alliance diagram shows (src/components/AllianceDiagram.astro): a solution's actors joined to
 * its leads; or an organization joined to the partners it shared solutions with, each with how many.
 */
import type { Strings } from '../i18n/index.ts';
import type { Actor } from '../schemas/common.ts';
import type { DiagramNode } from './alliance-layout.ts';
import { shortLabel } from './alliance-layout.ts';
import type { Atlas } from './relations.ts';

/** The actors of a solution or building block, and lines from each lead to every other actor. */
export function allianceOfActors(atlas: Atlas, actors: readonly Actor[], t: Strings) {
  const nodes: DiagramNode[] = actors.map((actor) => {
    const { data } = atlas.organization(actor.organization);
    return {
      id: actor.organization,
      label: shortLabel(data.name, data.acronym),
      name: data.name,
      detail: t.vocabularies.roles[actor.role].label,
      level: data.level,
      sector: data.sector,
      emphasis: actor.role === 'lead',
    };
  });
  const leads = actors.filter((actor) => actor.role === 'lead').map((actor) => actor.organization);
  const links = leads.flatMap((lead) =>
    actors.filter((actor) => actor.organization !== lead).map((actor): [string, string] => [lead, actor.organization]),
  );
  return { nodes, links };
}

/** An organization and its partners, each with the number of solutions they share, joined to it. */
export function allianceOfOrganization(atlas: Atlas, organizationId: string, t: Strings) {
  const self = atlas.organization(organizationId).data;
  const solutions = atlas
    .involvementOf(organizationId)
    .solutions.filter((entry) => entry.data.actors.some((actor) => actor.organization === organizationId));
  const partners = atlas.partnersOf(organizationId).map((partner) => {
    const shared = solutions.filter((entry) => entry.data.actors.some((actor) => actor.organization === partner.id)).length;
    return {
      id: partner.id,
      label: shortLabel(partner.data.name, partner.data.acronym),
      name: partner.data.name,
      detail: t.organization.sharedSolutions(shared),
      level: partner.data.level,
      sector: partner.data.sector,
    } satisfies DiagramNode;
  });
  const nodes: DiagramNode[] = [
    {
      id: organizationId,
      label: shortLabel(self.name, self.acronym),
      name: self.name,
      detail: t.organization.inSolutions(solutions.length),
      level: self.level,
      sector: self.sector,
      emphasis: true,
    },
    ...partners,
  ];
  return { nodes, links: partners.map((partner): [string, string] => [organizationId, partner.id]), partners: partners.length };
}
