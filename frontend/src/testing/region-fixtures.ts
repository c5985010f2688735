import type { RegionDto } from '../app/core/api/generated/models/region-dto';
import type { RegionFeatureCollection } from '../app/regions/region-shapes';

/** The 19 regions as the API returns them (backend/src/database/reference-data/regions.csv). */
export const REGION_DTOS: readonly RegionDto[] = [
  ['01', 'FI1B1', 'Uusimaa', 'Nyland', 'Uusimaa'],
  ['02', 'FI1C1', 'Varsinais-Suomi', 'Egentliga Finland', 'Southwest Finland'],
  ['04', 'FI196', 'Satakunta', 'Satakunta', 'Satakunta'],
  ['05', 'FI1C2', 'Kanta-Häme', 'Egentliga Tavastland', 'Kanta-Häme'],
  ['06', 'FI19B', 'Pirkanmaa', 'Birkaland', 'Pirkanmaa'],
  ['07', 'FI1C6', 'Päijät-Häme', 'Päijänne-Tavastland', 'Päijät-Häme'],
  ['08', 'FI1C7', 'Kymenlaakso', 'Kymmenedalen', 'Kymenlaakso'],
  ['09', 'FI1C5', 'Etelä-Karjala', 'Södra Karelen', 'South Karelia'],
  ['10', 'FI1DA', 'Etelä-Savo', 'Södra Savolax', 'South Savo'],
  ['11', 'FI1DB', 'Pohjois-Savo', 'Norra Savolax', 'North Savo'],
  ['12', 'FI1DC', 'Pohjois-Karjala', 'Norra Karelen', 'North Karelia'],
  ['13', 'FI198', 'Keski-Suomi', 'Mellersta Finland', 'Central Finland'],
  ['14', 'FI199', 'Etelä-Pohjanmaa', 'Södra Österbotten', 'South Ostrobothnia'],
  ['15', 'FI19A', 'Pohjanmaa', 'Österbotten', 'Ostrobothnia'],
  ['16', 'FI1D5', 'Keski-Pohjanmaa', 'Mellersta Österbotten', 'Central Ostrobothnia'],
  ['17', 'FI1D9', 'Pohjois-Pohjanmaa', 'Norra Österbotten', 'North Ostrobothnia'],
  ['18', 'FI1D8', 'Kainuu', 'Kajanaland', 'Kainuu'],
  ['19', 'FI1D7', 'Lappi', 'Lappland', 'Lapland'],
  ['21', 'FI200', 'Ahvenanmaa', 'Åland', 'Åland'],
].map(([code, nuts3Code, fi, sv, en]) => ({ code, nuts3Code, names: { fi, sv, en } }));

/**
 * One small square per region on a grid over Finland. Rings run clockwise, as d3-geo expects
 * (like public/geo/regions.geojson).
 */
export function fakeRegionShapes(): RegionFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: REGION_DTOS.map(({ code }, index) => {
      const west = 21 + (index % 5) * 2;
      const south = 60 + Math.floor(index / 5) * 2;
      return {
        type: 'Feature',
        properties: { code },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [west, south + 1],
              [west + 1, south + 1],
              [west + 1, south],
              [west, south],
            ],
          ],
        },
      };
    }),
  };
}
