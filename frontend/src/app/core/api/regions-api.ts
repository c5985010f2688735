import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Page } from './page';

export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

export interface RegionDto {
  /** Official two-digit region code, e.g. "01". */
  code: string;
  /** NUTS-3 code, e.g. "FI1B1". */
  nuts3Code: string;
  names: LocalizedText;
}

// Hand-written until the client generated from the OpenAPI document lands in ./generated;
// it is the only place that knows the URL of the regions endpoint.
@Injectable({ providedIn: 'root' })
export class RegionsApi {
  private readonly http = inject(HttpClient);

  /** All 19 regions: the list fits on one page. */
  listAll(): Observable<Page<RegionDto>> {
    return this.http.get<Page<RegionDto>>('/api/v1/regions', {
      params: new HttpParams().set('pageSize', 100),
    });
  }
}
