import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { importReportFixture } from '../testing/units-testing';
import { UnitImportApi } from './unit-import.api';
import { UnitImportStore } from './unit-import.store';

describe('UnitImportStore', () => {
  let store: UnitImportStore;
  let http: HttpTestingController;
  const file = new File(['Nimi;Y-tunnus\nKerava;0100011-1\n'], 'yksiköt.csv', { type: 'text/csv' });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), UnitImportApi, UnitImportStore],
    });
    store = TestBed.inject(UnitImportStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function expectImport(dryRun: 'true' | 'false'): TestRequest {
    const request = http.expectOne(
      (candidate) => candidate.method === 'POST' && candidate.url === '/api/v1/imports/units',
    );
    expect(request.request.params.get('dryRun')).toBe(dryRun);
    return request;
  }

  it('sends the file as a dry run first and writes nothing until asked', () => {
    store.chooseFile(file);
    store.importFile();
    // Importing before a dry run does nothing (http.verify() fails on any request).
    expect(store.step()).toBe('choose');

    store.checkFile();
    const request = expectImport('true');
    const body = request.request.body as FormData;
    expect(body.get('file')).toBeInstanceOf(File);
    expect((body.get('file') as File).name).toBe('yksiköt.csv');
    expect(store.step()).toBe('checking');

    request.event({ type: HttpEventType.UploadProgress, loaded: 30, total: 120 });
    expect(store.uploadPercent()).toBe(25);
    expect(store.isProcessing()).toBe(false);
    request.event({ type: HttpEventType.UploadProgress, loaded: 120, total: 120 });
    expect(store.isProcessing()).toBe(true);

    request.flush(importReportFixture());
    expect(store.step()).toBe('review');
    expect(store.report()?.rows).toHaveLength(3);
    expect(store.validRowCount()).toBe(2);
  });

  it('imports the same file with dryRun=false only on the explicit action', () => {
    store.chooseFile(file);
    store.checkFile();
    expectImport('true').flush(importReportFixture());

    store.importFile();
    const request = expectImport('false');
    const sent = (request.request.body as FormData).get('file') as File;
    expect([sent.name, sent.size]).toEqual([file.name, file.size]);
    expect(store.step()).toBe('importing');
    request.flush(importReportFixture({ dryRun: false }));

    expect(store.step()).toBe('done');
    expect(store.result()?.units.create).toBe(1);
  });

  it('does not import when every row was rejected', () => {
    store.chooseFile(file);
    store.checkFile();
    expectImport('true').flush(
      importReportFixture({ totalRows: 1, units: { create: 0, update: 0, unchanged: 0, reject: 1 } }),
    );

    store.importFile();

    expect(store.validRowCount()).toBe(0);
    expect(store.step()).toBe('review');
  });

  it('keeps the report and reports the problem when the import fails', () => {
    store.chooseFile(file);
    store.checkFile();
    expectImport('true').flush(importReportFixture());

    store.importFile();
    expectImport('false').flush(
      { type: 'about:blank', title: 'Forbidden', status: 403, code: 'FORBIDDEN' },
      { status: 403, statusText: 'Forbidden' },
    );

    expect(store.step()).toBe('review');
    expect(store.problem()?.status).toBe(403);
    expect(store.report()).not.toBeNull();
  });

  it('starts over when another file is chosen', () => {
    store.chooseFile(file);
    store.checkFile();
    expectImport('true').flush(importReportFixture());

    store.chooseFile(new File(['x'], 'toinen.csv'));

    expect(store.step()).toBe('choose');
    expect(store.report()).toBeNull();
    expect(store.file()?.name).toBe('toinen.csv');
  });
});
