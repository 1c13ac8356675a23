/**
 * Maps drawn at build time (d3-geo, topojson-client, world-atlas: Natural Earth, public domain): where
 * each solution is, the world map of /map/ and a map of each world region. Nothing is fetched from
 * another host and no script runs: pages hold SVG.
 *
 * A solution is placed at its `coordinates`, or else at the centre of its (first) country, marked
 * approximate; a country too small for the atlas's countries falls back to its region's centre.
 * Solutions at the same place (coordinates rounded to 0.01°, about a kilometre) are one point.
 */
import { geoCentroid, geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { whereAlpha2 } from 'iso-3166-1';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { RegionId } from '../schemas/vocabularies.ts';
import type { Atlas } from './relations.ts';

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const detailed = countries50 as unknown as CountriesTopology;
const coarse = countries110 as unknown as CountriesTopology;

/** The world map's size, in SVG units. */
export const WORLD = { width: 960, height: 490 };
/** A region map's size, in SVG units. */
export const REGION = { width: 480, height: 360 };

/** Each region's extent [west, south, east, north], in degrees: what its map shows. */
const regionExtents: Record<RegionId, [number, number, number, number]> = {
  africa: [-20, -36, 55, 38],
  asia: [25, -12, 150, 56],
  europe: [-25, 34, 45, 71],
  'latin-america-caribbean': [-118, -56, -33, 33],
  'middle-east': [25, 12, 63, 42],
  'north-america': [-170, 14, -50, 83],
  oceania: [110, -48, 180, 0],
};

const countryShapes = feature(detailed, detailed.objects.countries) as FeatureCollection<Geometry, { name: string }>;
const shapeByNumeric = new Map(countryShapes.features.map((shape) => [String(shape.id), shape]));

/** The centre of a country's shape as [longitude, latitude], or undefined when the atlas has no shape for it. */
export function countryCentre(code: string): [number, number] | undefined {
  if (!centres.has(code)) {
    const numeric = whereAlpha2(code)?.numeric;
    const shape = numeric === undefined ? undefined : shapeByNumeric.get(numeric);
    centres.set(code, shape ? geoCentroid(shape) : undefined);
  }
  return centres.get(code);
}
// Every page of a solution asks for its country's centre: each is worked out once per build.
const centres = new Map<string, [number, number] | undefined>();

/** The centre of a region's extent, for a country too small for the atlas. */
const regionCentre = (region: RegionId): [number, number] => {
  const [west, south, east, north] = regionExtents[region];
  return [(west + east) / 2, (south + north) / 2];
};

export interface Place {
  /** [longitude, latitude]. */
  lonLat: [number, number];
  /** True when placed at its country's (or region's) centre rather than its own coordinates. */
  approximate: boolean;
  /** The country whose centre it is placed at, when approximate. */
  country?: string | undefined;
}

/** Where a solution is drawn. */
export function placeOf(solution: Atlas['solutions'][number]): Place {
  const { coordinates, countries, region } = solution.data.location;
  if (coordinates) return { lonLat: [coordinates[1], coordinates[0]], approximate: false };
  const centre = countries[0] === undefined ? undefined : countryCentre(countries[0]);
  return centre ? { lonLat: centre, approximate: true, country: countries[0] } : { lonLat: regionCentre(region), approximate: true };
}

/** Solutions drawn as one point: those at one place. */
export interface PointGroup {
  /** A stable id for the place, for its anchor in the list of places. */
  id: string;
  place: Place;
  /** The place as its first solution writes it (an approximate point is better named by its country). */
  label: string;
  solutions: Atlas['solutions'];
}

/** The solutions grouped by place, the largest groups first (then by name). */
export function groupByPlace(solutions: readonly Atlas['solutions'][number][]): PointGroup[] {
  const groups = new Map<string, PointGroup>();
  for (const solution of solutions) {
    const place = placeOf(solution);
    const key = `${place.lonLat.map((degrees) => degrees.toFixed(2)).join(',')}${place.approximate ? '~' : ''}`;
    const group = groups.get(key);
    if (group) group.solutions.push(solution);
    else groups.set(key, { id: '', place, label: solution.data.location.place, solutions: [solution] });
  }
  return [...groups.values()]
    .sort((a, b) => b.solutions.length - a.solutions.length || a.label.localeCompare(b.label))
    .map((group, index) => ({ ...group, id: `place-${index + 1}` }));
}

/** The world map's projection: Equal Earth, the whole sphere fitted to the map. */
export function worldProjection(): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WORLD.width - 4, WORLD.height - 4],
    ],
    { type: 'Sphere' },
  );
}

/** A region map's projection: Mercator, the region's extent fitted to the map, the rest clipped. */
export function regionProjection(region: RegionId): GeoProjection {
  let projection = regionProjections.get(region);
  if (!projection) regionProjections.set(region, (projection = fitRegion(region)));
  return projection;
}
const regionProjections = new Map<RegionId, GeoProjection>();

function fitRegion(region: RegionId): GeoProjection {
  const [west, south, east, north] = regionExtents[region];
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [(west + east) / 2, north],
    ],
  };
  return geoMercator()
    .fitExtent(
      [
        [8, 8],
        [REGION.width - 8, REGION.height - 8],
      ],
      corners,
    )
    .clipExtent([
      [0, 0],
      [REGION.width, REGION.height],
    ]);
}

/** A point on a map, rounded to a tenth of a unit (finer than the eye sees). */
export function project(projection: GeoProjection, lonLat: [number, number]): [number, number] | undefined {
  const point = projection(lonLat);
  return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : undefined;
}

/** The shapes of a map, as SVG path data: the sphere's outline, the land, and the borders between countries. */
export interface MapShapes {
  sphere: string;
  land: string;
  borders: string;
}

/** The world: Natural Earth at 1:110 million, coordinates rounded to a tenth of a unit. */
export function worldShapes(): MapShapes {
  const path = geoPath(worldProjection()).digits(1);
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    land: path(feature(coarse, coarse.objects.land) as unknown as Feature) ?? '',
    borders: path(mesh(coarse, coarse.objects.countries, (a, b) => a !== b) as MultiLineString) ?? '',
  };
}

/**
 * A region: Natural Earth at 1:110 million, clipped to the region's map, coordinates in whole units. A
 * region map is small (a column of a page), where the 1:50 million shapes cost five times the bytes
 * for detail nobody sees.
 */
export function regionShapes(region: RegionId): MapShapes {
  const path = geoPath(regionProjection(region)).digits(0);
  return {
    sphere: '',
    land: path(feature(coarse, coarse.objects.land) as unknown as Feature) ?? '',
    borders: path(mesh(coarse, coarse.objects.countries, (a, b) => a !== b) as MultiLineString) ?? '',
  };
}

/** Points closer than this on the world map (in its units) are drawn as one, with their count. */
export const CLUSTER_CELL = 12;

/** Places drawn as one point on a map: those in one cell of `cell` units. */
export interface Cluster<G extends PointGroup> {
  x: number;
  y: number;
  groups: G[];
  count: number;
}

/**
 * The places of `groups` on a map, those too close to tell apart drawn as one point (in a grid of
 * `cell` units, at the mean of their positions): the number of points, and so the map's size, stays
 * bounded however many solutions there are. Largest first, as the list of places is.
 */
export function clusterPlaces<G extends PointGroup>(groups: readonly G[], projection: GeoProjection, cell = CLUSTER_CELL): Cluster<G>[] {
  const cells = new Map<string, { points: [number, number][]; groups: G[] }>();
  for (const group of groups) {
    const point = project(projection, group.place.lonLat);
    if (!point) continue;
    const key = `${Math.floor(point[0] / cell)},${Math.floor(point[1] / cell)}`;
    const found = cells.get(key) ?? { points: [], groups: [] };
    found.points.push(point);
    found.groups.push(group);
    cells.set(key, found);
  }
  const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
  return [...cells.values()]
    .map(({ points, groups: inCell }) => ({
      x: mean(points.map(([x]) => x)),
      y: mean(points.map(([, y]) => y)),
      groups: inCell,
      count: inCell.reduce((sum, group) => sum + group.solutions.length, 0),
    }))
    .sort((a, b) => b.count - a.count);
}
