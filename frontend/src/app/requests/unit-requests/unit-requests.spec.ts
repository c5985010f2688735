import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  REQUEST_ID,
  UNIT_ID,
  listItemFixture,
  meFor,
  provideRequestsTranslocoTesting,
  settle,
  text,
} from '../testing/requests-testing';
import { UnitRequests } from './unit-requests';

const OTHER_UNIT_ID = '7a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d';

@Component({
  template: `<crm-unit-requests [unitId]="unitId()" [regionCode]="regionCode()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [UnitRequests],
})
class Host {
  readonly unitId = signal(UNIT_ID);
  readonly regionCode = signal('01');
}

describe('UnitRequests', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;

  beforeAll(() => registerLocales());

  afterEach(() => http.verify());

  async function render(role: MeDto['role'], unitId = UNIT_ID, regionCode = '01'): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRequestsTranslocoTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(AuthStore).load();
    http.expectOne('/api/v1/auth/me').flush(meFor(role));
    await signingIn;
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.unitId.set(unitId);
    fixture.componentInstance.regionCode.set(regionCode);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function flushList(unitId: string, total = 1): Promise<void> {
    http
      .expectOne(`/api/v1/requests?pageSize=10&unitId=${unitId}&sort=-submittedAt`)
      .flush({ items: [listItemFixture()], total, page: 1, pageSize: 10 });
    await settle();
    await fixture.whenStable();
  }

  it('lists the unit’s newest requests, each linking to its page', async () => {
    const element = await render('agent');
    await flushList(UNIT_ID, 12);

    const row = element.querySelector(`tr[data-id="${REQUEST_ID}"]`);
    expect(text(row)).toContain('#1042');
    expect(text(row)).toContain('Osoitettu');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(`/requests/${REQUEST_ID}`);
    expect(element.querySelector(`a[href="/requests?unitId=${UNIT_ID}"]`)).not.toBeNull();
    expect(text(element)).toContain('Näytetään uusimmat 1/12.');
  });

  it.each([
    ['a coordinator', 'coordinator', UNIT_ID, '02', true],
    ['an agent in the unit’s region', 'agent', UNIT_ID, '01', true],
    ['an agent of another region', 'agent', UNIT_ID, '02', false],
    ['a contact of the unit', 'unit', UNIT_ID, '01', true],
    ['a contact of another unit', 'unit', OTHER_UNIT_ID, '01', false],
  ] as const)(
    'offers %s a new request for the unit: %s',
    async (_who, role, unitId, regionCode, isOffered) => {
      const element = await render(role, unitId, regionCode);
      await flushList(unitId);

      const link = element.querySelector(`a[href="/requests/new?unitId=${unitId}"]`);
      expect(link !== null).toBe(isOffered);
      if (link) {
        expect(text(link)).toBe('Uusi tukipyyntö');
      }
    },
  );

  it('shows ministry users no requests and never asks for them', async () => {
    const element = await render('ministry');

    expect(text(element)).toBe('Tukipyyntöjä ei näytetä roolillesi.');
    // http.verify() in afterEach fails on a requests request.
  });

  it('says when the unit has no requests', async () => {
    const element = await render('coordinator');
    http
      .expectOne(`/api/v1/requests?pageSize=10&unitId=${UNIT_ID}&sort=-submittedAt`)
      .flush({ items: [], total: 0, page: 1, pageSize: 10 });
    await settle();
    await fixture.whenStable();

    expect(text(element)).toContain('Yksiköllä ei ole tukipyyntöjä.');
  });
});
