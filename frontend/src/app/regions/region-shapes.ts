import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Observable } from 'rxjs';

export interface RegionShapeProperties {
  /** Two-digit region code, the same as the API's `code`. */
  code: string;
}

export type RegionFeatureCollection = FeatureCollection<Polygon | MultiPolygon, RegionShapeProperties>;

/** The region boundaries shipped with the app (see public/geo/SOURCE.md). */
@Injectable({ providedIn: 'root' })
export class RegionShapes {
  private readonly http = inject(HttpClient);

  load(): Observable<RegionFeatureCollection> {
    return this.http.get<RegionFeatureCollection>('/geo/regions.geojson');
  }
}
