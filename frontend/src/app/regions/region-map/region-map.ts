import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { RegionFeatureCollection } from '../region-shapes';
import { type RegionLabel, placeRegionLabel } from './region-labels';

export interface RegionMapItem {
  code: string;
  /** The name in the current language. */
  name: string;
  nuts3Code: string;
}

interface RegionShapeView {
  code: string;
  name: string;
  nuts3Code: string;
  path: string;
  label: RegionLabel;
}

// The map is drawn in its own units; the SVG scales to the width it is given.
const MAP_WIDTH = 360;
const MAP_PADDING = 8;

let nextId = 0;

/** Finland's regions as an SVG map; a region is selected by click, Enter or Space. */
@Component({
  selector: 'crm-region-map',
  templateUrl: './region-map.html',
  styleUrl: './region-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class RegionMap {
  readonly shapes = input.required<RegionFeatureCollection>();
  readonly regions = input.required<readonly RegionMapItem[]>();
  readonly selectedCode = input<string | null>(null);
  /** Accessible name of the map. */
  readonly label = input.required<string>();
  /** Id of the element that describes the map, e.g. the table with the same data. */
  readonly describedBy = input<string | null>(null);

  readonly regionSelect = output<string>();

  protected readonly titleId = `crm-region-map-title-${nextId++}`;
  protected readonly width = MAP_WIDTH;
  protected readonly highlightedCode = signal<string | null>(null);

  private readonly geometry = computed(() => {
    const collection = this.shapes();
    // Transverse Mercator on 27° E, like the national ETRS-TM35FIN grid, keeps Finland upright.
    const projection = geoTransverseMercator()
      .rotate([-27, 0])
      .fitWidth(MAP_WIDTH - 2 * MAP_PADDING, collection);
    const path = geoPath(projection).digits(1);
    const [[, top], [, bottom]] = path.bounds(collection);
    const height = Math.ceil(bottom - top) + 2 * MAP_PADDING;
    projection.fitExtent(
      [
        [MAP_PADDING, MAP_PADDING],
        [MAP_WIDTH - MAP_PADDING, height - MAP_PADDING],
      ],
      collection,
    );
    const features = collection.features.map((feature) => ({
      code: feature.properties.code,
      path: path(feature) ?? '',
      centroid: path.centroid(feature),
    }));
    return { height, features };
  });

  protected readonly height = computed(() => this.geometry().height);

  protected readonly shapeViews = computed<readonly RegionShapeView[]>(() => {
    const regionsByCode = new Map(this.regions().map((region) => [region.code, region]));
    return this.geometry().features.map(({ code, path, centroid }) => {
      const region = regionsByCode.get(code);
      const name = region?.name ?? code;
      return {
        code,
        name,
        nuts3Code: region?.nuts3Code ?? '',
        path,
        label: placeRegionLabel(code, name, centroid),
      };
    });
  });

  protected readonly selectedShape = computed(
    () => this.shapeViews().find((shape) => shape.code === this.selectedCode()) ?? null,
  );

  protected readonly highlightedShape = computed(
    () => this.shapeViews().find((shape) => shape.code === this.highlightedCode()) ?? null,
  );

  protected select(code: string, event?: Event): void {
    // Space would otherwise scroll the page.
    event?.preventDefault();
    this.regionSelect.emit(code);
  }

  protected highlight(code: string): void {
    this.highlightedCode.set(code);
  }

  protected clearHighlight(code: string): void {
    if (this.highlightedCode() === code) {
      this.highlightedCode.set(null);
    }
  }
}
