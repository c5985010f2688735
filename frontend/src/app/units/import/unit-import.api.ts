import {
  HttpBackend,
  HttpClient,
  HttpEventType,
  HttpXhrBackend,
  provideHttpClient,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { type EnvironmentProviders, Injectable, inject, makeEnvironmentProviders } from '@angular/core';
import { type Observable, filter, map } from 'rxjs';
import { ApiConfiguration } from '../../core/api/generated/api-configuration';
import type { ImportReportDto } from '../../core/api/generated/models/import-report-dto';
import { unauthorizedInterceptor } from '../../core/auth/unauthorized-interceptor';

export type ImportProgress =
  { kind: 'uploading'; loaded: number; total: number | null } | { kind: 'done'; report: ImportReportDto };

export const UNIT_IMPORT_PATH = '/api/v1/imports/units';

/**
 * An HttpClient for the import screen that reports upload progress. The application's client uses
 * the fetch backend (`withFetch()`), and fetch cannot report how much of a request body has been sent;
 * XMLHttpRequest can. Same XSRF cookie and header, and the same 401 handling, as app.config.ts.
 */
export function provideUploadHttpClient(): EnvironmentProviders[] {
  return [
    provideHttpClient(
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([unauthorizedInterceptor]),
    ),
    makeEnvironmentProviders([{ provide: HttpBackend, useFactory: () => inject(HttpXhrBackend) }]),
  ];
}

/**
 * `POST /imports/units` as a multipart upload with progress. The generated client sends the same call
 * but reports no progress, which a file of 10 000 rows needs.
 */
@Injectable()
export class UnitImportApi {
  private readonly http = inject(HttpClient);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;

  /** `isDryRun`: the server only reports what it would do and writes nothing. */
  upload(file: File, isDryRun: boolean): Observable<ImportProgress> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post<ImportReportDto>(`${this.rootUrl}${UNIT_IMPORT_PATH}`, body, {
        params: { dryRun: String(isDryRun) },
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event): ImportProgress | null => {
          switch (event.type) {
            case HttpEventType.Sent:
              return { kind: 'uploading', loaded: 0, total: file.size };
            case HttpEventType.UploadProgress:
              return { kind: 'uploading', loaded: event.loaded, total: event.total ?? file.size };
            case HttpEventType.Response:
              return event.body ? { kind: 'done', report: event.body } : null;
            default:
              return null;
          }
        }),
        filter((progress): progress is ImportProgress => progress !== null),
      );
  }
}
