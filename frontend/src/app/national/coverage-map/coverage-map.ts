import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { LanguageService } from '../../core/i18n/language-service';
import { type RegionLabel, placeRegionLabel } from '../../regions/region-map/region-labels';
import type { RegionFeatureCollection } from '../../regions/region-shapes';
import { coverageClassOf, coverageColour, isDarkClass } from '../coverage-classes';
import { formatNumber, formatShare } from '../coverage-format';

/** A region's figures as the map shows them. */
export interface CoverageMapRegion {
  code: string;
  /** The name in the current language. */
  name: string;
  coverage: number | null;
  reachedUnits: number;
  activeUnits: number;
  hasAgent: boolean;
}

interface CoverageShapeView {
  code: string;
  path: string;
  fill: string;
  hasAgent: boolean;
  isDark: boolean;
  label: RegionLabel;
  /** The figures in the region's accessible name, formatted in the current language. */
  figures: { name: string; coverage: string | null; reached: string; active: string };
}

// Drawn in its own units like RegionMap (regions/region-map); the SVG scales to the width it is given.
const MAP_WIDTH = 360;
const MAP_PADDING = 8;

/** Where the arrow keys move the focus from the focused region, in the order of the region codes. */
const KEY_STEPS: Readonly<Record<string, 'previous' | 'next' | 'first' | 'last'>> = {
  ArrowUp: 'previous',
  ArrowLeft: 'previous',
  ArrowDown: 'next',
  ArrowRight: 'next',
  Home: 'first',
  End: 'last',
};

let nextId = 0;

/**
 * Finland's regions coloured by coverage (choropleth), regions without an agent hatched. Each region is a
 * link in the tab order, in region-code order; arrow keys, Home and End move between regions too, and Enter
 * or a click opens the region. Its accessible name carries the region's figures.
 */
@Component({
  selector: 'crm-coverage-map',
  templateUrl: './coverage-map.html',
  styleUrl: './coverage-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class CoverageMap {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly locale = inject(LanguageService).locale;

  readonly shapes = input.required<RegionFeatureCollection>();
  readonly regions = input.required<readonly CoverageMapRegion[]>();
  /** Accessible name of the map. */
  readonly label = input.required<string>();
  /** Id of the element that describes the map: the table with the same figures. */
  readonly describedBy = input<string | null>(null);

  readonly regionSelect = output<string>();

  private readonly id = nextId++;
  protected readonly titleId = `crm-coverage-map-title-${this.id}`;
  protected readonly hatchId = `crm-coverage-map-hatch-${this.id}`;
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
    const features = collection.features
      .map((feature) => ({
        code: feature.properties.code,
        path: path(feature) ?? '',
        centroid: path.centroid(feature),
      }))
      .sort((first, second) => first.code.localeCompare(second.code));
    return { height, features };
  });

  protected readonly height = computed(() => this.geometry().height);

  protected readonly shapeViews = computed<readonly CoverageShapeView[]>(() => {
    const locale = this.locale();
    const regionsByCode = new Map(this.regions().map((region) => [region.code, region]));
    return this.geometry().features.map(({ code, path, centroid }) => {
      const region = regionsByCode.get(code);
      const name = region?.name ?? code;
      const coverage = region?.coverage ?? null;
      const coverageClass = coverageClassOf(coverage);
      return {
        code,
        path,
        fill: coverageColour(coverage),
        hasAgent: region?.hasAgent ?? false,
        isDark: isDarkClass(coverageClass),
        label: placeRegionLabel(code, name, centroid),
        figures: {
          name,
          coverage: coverage === null ? null : formatShare(coverage, locale),
          reached: formatNumber(region?.reachedUnits ?? 0, locale),
          active: formatNumber(region?.activeUnits ?? 0, locale),
        },
      };
    });
  });

  protected readonly highlightedShape = computed(
    () => this.shapeViews().find((shape) => shape.code === this.highlightedCode()) ?? null,
  );

  protected highlight(code: string): void {
    this.highlightedCode.set(code);
  }

  protected clearHighlight(code: string): void {
    if (this.highlightedCode() === code) {
      this.highlightedCode.set(null);
    }
  }

  protected select(code: string, event?: Event): void {
    event?.preventDefault();
    this.regionSelect.emit(code);
  }

  protected move(event: KeyboardEvent, code: string): void {
    const step = KEY_STEPS[event.key];
    if (!step) {
      return;
    }
    event.preventDefault();
    const codes = this.shapeViews().map((shape) => shape.code);
    const index = codes.indexOf(code);
    const target = {
      previous: Math.max(0, index - 1),
      next: Math.min(codes.length - 1, index + 1),
      first: 0,
      last: codes.length - 1,
    }[step];
    this.host.nativeElement
      .querySelector<SVGPathElement>(`path.region[data-code="${codes[target]}"]`)
      ?.focus();
  }
}
