export interface RegionLabel {
  x: number;
  y: number;
  /** Text of each line with its vertical offset (SVG `dy`) from the previous one. */
  lines: readonly { text: string; dy: string }[];
}

interface LabelPlacement {
  dx: number;
  dy: number;
}

const LINE_HEIGHT_EM = 1.1;
// Moves the baseline so that the text block is centred on the anchor point.
const BASELINE_SHIFT_EM = 0.35;

const MAX_LINE_LENGTH = 11;

// Hand-tuned for the southern regions, which are small and crowded (in map width units, see
// RegionMap): the centroid alone would put their names on top of each other.
const PLACEMENTS: Readonly<Record<string, LabelPlacement>> = {
  '05': { dx: -4, dy: 4 },
  '07': { dx: 4, dy: -7 },
  '08': { dx: 4, dy: 0 },
  '09': { dx: 2, dy: 2 },
  '21': { dx: -3, dy: 0 },
};

/** Splits long names onto two lines after a hyphen or at a space ("Pohjois-|Pohjanmaa"). */
export function splitRegionName(name: string): string[] {
  if (name.length <= MAX_LINE_LENGTH) {
    return [name];
  }
  const middle = name.length / 2;
  let best = -1;
  for (let index = 1; index < name.length - 1; index++) {
    const character = name[index];
    const breakAt = character === '-' ? index + 1 : character === ' ' ? index : -1;
    if (breakAt > 0 && (best < 0 || Math.abs(breakAt - middle) < Math.abs(best - middle))) {
      best = breakAt;
    }
  }
  if (best < 0) {
    return [name];
  }
  return [name.slice(0, best).trimEnd(), name.slice(best).trimStart()];
}

/** Where the name of a region goes, given the centroid of its shape. */
export function placeRegionLabel(
  code: string,
  name: string,
  centroid: readonly [number, number],
): RegionLabel {
  const placement = PLACEMENTS[code] ?? { dx: 0, dy: 0 };
  const [cx, cy] = centroid;
  const lines = splitRegionName(name);
  const firstLineDy = BASELINE_SHIFT_EM - ((lines.length - 1) * LINE_HEIGHT_EM) / 2;
  return {
    x: round(cx + placement.dx),
    y: round(cy + placement.dy),
    lines: lines.map((text, index) => ({
      text,
      dy: `${index === 0 ? Number(firstLineDy.toFixed(2)) : LINE_HEIGHT_EM}em`,
    })),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
