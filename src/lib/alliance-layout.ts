/**
 * The layout of an alliance diagram: organizations placed by governance level (rows, international at
 * the top) and sector (columns), several in one cell stacked, and the lines between them. Pure
 * geometry, so the component that draws it (src/components/AllianceDiagram.astro) stays a template.
 */
import { levels, sectors, type LevelId, type SectorId } from '../schemas/vocabularies.ts';

export interface DiagramNode {
  id: string;
  /** The name drawn (an acronym, or the name shortened); the full name goes in its tooltip. */
  label: string;
  name: string;
  /** A second line: the role in the alliance, or how many solutions it shares. */
  detail: string;
  level: LevelId;
  sector: SectorId;
  /** The organization the diagram is about, drawn stronger. */
  emphasis?: boolean;
}

export interface PlacedNode extends DiagramNode {
  x: number;
  y: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  rows: { level: LevelId; y: number; height: number }[];
  columns: { sector: SectorId; x: number }[];
  nodes: PlacedNode[];
  lines: { from: PlacedNode; to: PlacedNode }[];
}

/** Sizes in the SVG's units (about pixels at its natural width). */
export const BOX = { width: 150, height: 46, gap: 12 };
const LABEL_WIDTH = 118;
const HEADER_HEIGHT = 34;
const ROW_PADDING = 14;

/** A label that fits a box: the acronym when the name is long, or the name cut at a word with "…". */
export function shortLabel(name: string, acronym: string | undefined, room = 20): string {
  if (name.length <= room) return name;
  if (acronym) return acronym;
  const cut = name.slice(0, room - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > room / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Places `nodes` and the lines between the pairs of ids in `links` (pairs naming a missing node are left out). */
export function layoutAlliance(nodes: readonly DiagramNode[], links: readonly [string, string][]): DiagramLayout {
  const rowLevels = levels.ids.filter((level) => nodes.some((node) => node.level === level));
  const columnSectors = sectors.ids.filter((sector) => nodes.some((node) => node.sector === sector));
  const columns = columnSectors.map((sector, index) => ({ sector, x: LABEL_WIDTH + index * (BOX.width + BOX.gap) }));
  const placed: PlacedNode[] = [];
  const rows: DiagramLayout['rows'] = [];
  let y = HEADER_HEIGHT;
  for (const level of rowLevels) {
    const inRow = nodes.filter((node) => node.level === level);
    const deepest = Math.max(...columnSectors.map((sector) => inRow.filter((node) => node.sector === sector).length));
    const height = ROW_PADDING * 2 + deepest * BOX.height + (deepest - 1) * BOX.gap;
    for (const column of columns) {
      inRow
        .filter((node) => node.sector === column.sector)
        .forEach((node, index) => placed.push({ ...node, x: column.x, y: y + ROW_PADDING + index * (BOX.height + BOX.gap) }));
    }
    rows.push({ level, y, height });
    y += height;
  }
  const byId = new Map(placed.map((node) => [node.id, node]));
  const lines = links.flatMap(([from, to]) => {
    const a = byId.get(from);
    const b = byId.get(to);
    return a && b && a !== b ? [{ from: a, to: b }] : [];
  });
  return { width: LABEL_WIDTH + columns.length * (BOX.width + BOX.gap), height: y, rows, columns, nodes: placed, lines };
}
