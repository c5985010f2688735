import type { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import { QuickLog } from '../quick-log/quick-log';
import {
  ACTIVITY_ID,
  OTHER_UNIT_ID,
  THEMES_URL,
  THEME_DTOS,
  UNIT_ID,
  activityFixture,
  page,
  settle,
  setUpActivities,
  text,
} from '../testing/activities-testing';
import { UnitActivities } from './unit-activities';

@Component({
  template: `<crm-unit-activities [unitId]="unitId()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [UnitActivities],
})
class Host {
  readonly unitId = signal(UNIT_ID);
}

const SECOND_ID = 'ac710000-0000-4000-8000-000000000002';

describe('UnitActivities', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeAll(() => registerLocales());

  afterEach(() => http.verify());

  async function render(role: MeDto['role'] = 'agent'): Promise<void> {
    http = await setUpActivities(role);
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function rendered(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  function listUrl(pageNumber: number, unitId = UNIT_ID): string {
    return `/api/v1/activities?page=${pageNumber}&pageSize=10&unitId=${unitId}`;
  }

  async function answerFirst(items = [activityFixture()], total = items.length): Promise<void> {
    http.expectOne(THEMES_URL).flush(page(THEME_DTOS));
    http.expectOne(listUrl(1)).flush(page(items, total, 10));
    await rendered();
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find(
      (candidate) => text(candidate) === name,
    );
    if (!found) {
      throw new Error(`No button "${name}"`);
    }
    return found;
  }

  it('lists the advice given to the unit, newest first, with who gave it', async () => {
    await render();
    await answerFirst([
      activityFixture({
        units: [
          { id: UNIT_ID, nameFi: 'Tampereen kaupunki', nameSv: null, regionCode: '06' },
          { id: OTHER_UNIT_ID, nameFi: 'Nokian kaupunki', nameSv: null, regionCode: '06' },
        ],
      }),
    ]);

    const entry = text(element.querySelector(`li[data-id="${ACTIVITY_ID}"]`));
    expect(entry).toContain('Tapaaminen');
    expect(entry).toContain('18.11.2026 · 60 min · Aino Agentti');
    expect(entry).toContain('Kiertotalous');
    expect(entry).toContain('Myös: Nokian kaupunki');
    expect(entry).toContain('Osallistujia: 4');
    expect(entry).toContain('Kävimme läpi kiertotalouskriteerit.');
    expect(element.querySelector(`a[href="/activities?agent=all&unitId=${UNIT_ID}"]`)).not.toBeNull();
    expect(text(element)).toContain('Näytetään 1/1.');
  });

  it('shows more entries on request, after the ones shown', async () => {
    await render();
    await answerFirst([activityFixture()], 2);
    expect(text(element)).toContain('Näytetään 1/2.');

    button('Näytä lisää').click();
    http.expectOne(listUrl(2)).flush(page([activityFixture({ id: SECOND_ID, type: 'workshop' })], 2, 10));
    await rendered();

    const ids = Array.from(element.querySelectorAll('li')).map((item) => item.getAttribute('data-id'));
    expect(ids).toEqual([ACTIVITY_ID, SECOND_ID]);
    expect(Array.from(element.querySelectorAll('button')).map((candidate) => text(candidate))).not.toContain(
      'Näytä lisää',
    );
  });

  it('opens the quick log with the unit filled in, and lists again what was logged', async () => {
    await render();
    await answerFirst([]);
    expect(text(element)).toContain('Yksikölle ei ole kirjattu toimintaa.');
    const quickLog = TestBed.inject(QuickLog);
    const open = jest.spyOn(quickLog, 'open').mockResolvedValue(activityFixture());

    button('Kirjaa toiminta').click();
    await rendered();

    expect(open).toHaveBeenCalledWith({ unitIds: [UNIT_ID] });
  });

  it('loads the other unit’s entries when the unit changes', async () => {
    await render();
    await answerFirst();

    fixture.componentInstance.unitId.set(OTHER_UNIT_ID);
    await rendered();

    http.expectOne(listUrl(1, OTHER_UNIT_ID)).flush(page([], 0, 10));
  });

  it('says when the entries cannot be loaded and tries again', async () => {
    await render();
    http.expectOne(THEMES_URL).flush(page(THEME_DTOS));
    http.expectOne(listUrl(1)).flush({}, { status: 500, statusText: 'Server Error' });
    await rendered();

    expect(text(element.querySelector('[role="alert"]'))).toContain('Toiminnan lataaminen epäonnistui.');
    button('Yritä uudelleen').click();
    http.expectOne(listUrl(1)).flush(page([activityFixture()], 1, 10));
    await rendered();
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows ministry users nothing and never asks for it', async () => {
    await render('ministry');
    http.expectOne(THEMES_URL).flush(page(THEME_DTOS));
    await rendered();

    expect(text(element)).toBe('Neuvontalokia ei näytetä roolillesi.');
  });
});
