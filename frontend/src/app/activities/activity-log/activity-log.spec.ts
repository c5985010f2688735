import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import { ACTIVITIES_ROUTES } from '../activities.routes';
import { QuickLog } from '../quick-log/quick-log';
import {
  ACTIVITY_ID,
  AGENTS_URL,
  AGENT_DTOS,
  OTHER_AGENT_ID,
  REQUEST_ID,
  TEST_TODAY,
  THEMES_URL,
  THEME_DTOS,
  UNIT_ID,
  activityFixture,
  page,
  settle,
  setUpActivities,
  summaryFixture,
  text,
} from '../testing/activities-testing';

const LIST = '/api/v1/activities';
const SUMMARY = '/api/v1/activities/summary';

describe('ActivityLog', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let element: HTMLElement;

  beforeAll(() => registerLocales());

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  async function open(url: string, role: MeDto['role'] = 'agent'): Promise<void> {
    http = await setUpActivities(role, [{ path: 'activities', children: ACTIVITIES_ROUTES }]);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne(THEMES_URL).flush(page(THEME_DTOS));
    if (role === 'coordinator') {
      http.expectOne(AGENTS_URL).flush(page(AGENT_DTOS));
    }
    element = harness.routeNativeElement as HTMLElement;
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  async function rendered(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await settle();
  }

  function paramsOf(request: TestRequest): Record<string, string | null> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  function isMonth(request: TestRequest): boolean {
    return (
      request.request.params.get('from') === '2026-11-01' && request.request.params.get('to') === TEST_TODAY
    );
  }

  /** Answers the page, the filtered totals and this month's totals; returns the list's parameters. */
  async function answer(
    items: readonly ActivityDto[] = [activityFixture()],
    total = items.length,
  ): Promise<Record<string, string | null>> {
    const list = http.expectOne((request) => request.method === 'GET' && request.url === LIST);
    list.flush(page(items, total));
    for (const summary of http.match((request) => request.url === SUMMARY)) {
      summary.flush(isMonth(summary) ? summaryFixture({ minutes: 90 }) : summaryFixture());
    }
    await rendered();
    return paramsOf(list);
  }

  async function selectByLabel(label: string): Promise<MatSelectHarness> {
    const formField = Array.from(element.querySelectorAll('mat-form-field')).find(
      (candidate) => text(candidate.querySelector('mat-label')) === label,
    );
    const id = formField?.querySelector('mat-select')?.id;
    if (!id) {
      throw new Error(`No select "${label}"`);
    }
    return loader.getHarness(MatSelectHarness.with({ selector: `#${id}` }));
  }

  function cellTexts(tableRow: Element): string {
    return Array.from(tableRow.children)
      .map((cell) => text(cell))
      .join(' | ');
  }

  function row(id = ACTIVITY_ID): HTMLElement {
    const found = element.querySelector<HTMLElement>(`tr[data-id="${id}"]`);
    if (!found) {
      throw new Error(`No row ${id}`);
    }
    return found;
  }

  it('shows this month’s hours and the figures of the filtered entries, by type and by theme', async () => {
    await open('/activities');
    await answer();

    expect(text(element.querySelector('h1'))).toBe('Neuvontaloki');
    const figures = Array.from(element.querySelectorAll('.figure')).map((figure) =>
      Array.from(figure.children)
        .map((part) => text(part))
        .join(' | '),
    );
    expect(figures).toEqual([
      'Tunnit tässä kuussa | 1,5 h | Omat kirjaukset',
      'Merkintöjä | 12',
      'Tunteja | 12,5 h',
      'Tavoitettuja yksiköitä | 7',
      'Osallistujia | 35',
    ]);
    // Types in the forms' order, themes by hours.
    const typeRows = Array.from(element.querySelectorAll('[data-breakdown="type"] tbody tr'));
    expect(typeRows.map(cellTexts)).toEqual(['Neuvontapuhelu | 10 | 6,5 | ', 'Työpaja | 2 | 6 | ']);
    const themeRows = Array.from(element.querySelectorAll('[data-breakdown="theme"] tbody tr'));
    expect(themeRows.map(cellTexts)).toEqual([
      'Kiertotalous | 6 | 7 | ',
      'Ilmasto ja vähähiilisyys | 3 | 2 | ',
    ]);
    // The bars show the hours against the largest.
    const bars = Array.from(element.querySelectorAll<HTMLElement>('[data-breakdown="theme"] .bar'));
    expect(bars.map((bar) => bar.style.width)).toEqual(['100%', '29%']);
    expect(text(element.querySelector('.count'))).toBe('Merkintöjä: 1');
  });

  it('lists each entry with its date, type, length, units, themes, request and note', async () => {
    await open('/activities');
    await answer([activityFixture({ request: { id: REQUEST_ID, number: 1042, title: 'Kriteerit' } })]);

    const cells = Array.from(row().querySelectorAll('td')).map((cell) => text(cell));
    expect(cells.slice(0, 7)).toEqual([
      '18.11.2026',
      'Tapaaminen',
      '60 min',
      'Tampereen kaupunki',
      'Kiertotalous',
      '#1042 Kriteerit',
      'Kävimme läpi kiertotalouskriteerit.',
    ]);
    expect(row().querySelector(`a[href="/units/${UNIT_ID}"]`)).not.toBeNull();
    expect(row().querySelector(`a[href="/requests/${REQUEST_ID}"]`)).not.toBeNull();
    // Only the caller's own entries: no agent column.
    expect(text(element.querySelector('thead'))).not.toContain('Muutosagentti');
  });

  it('reads the filters from the address, asks for exactly them and names the unit filter', async () => {
    await open(
      `/activities?agent=all&from=2026-01-01&to=2026-06-30&type=workshop,meeting&themeCode=circular_economy` +
        `&unitId=${UNIT_ID}&page=2`,
    );
    http
      .expectOne(`/api/v1/units/${UNIT_ID}`)
      .flush({ id: UNIT_ID, nameFi: 'Tampereen kaupunki', nameSv: null, regionCode: '06' });

    expect(await answer([activityFixture()], 30)).toEqual({
      page: '2',
      pageSize: '25',
      type: 'meeting,workshop',
      themeCode: 'circular_economy',
      unitId: UNIT_ID,
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(element.querySelector<HTMLInputElement>('input[type="date"]')?.value).toBe('2026-01-01');
    expect(await (await selectByLabel('Tyypit')).getValueText()).toBe('Tapaaminen, Työpaja');
    expect(await (await selectByLabel('Kenen kirjaukset')).getValueText()).toBe('Kaikki maakunnissani');
    expect(text(element.querySelector('.unit-filter mat-chip-row'))).toBe('Tampereen kaupunki');
    expect(text(element.querySelector('.figure-note'))).toBe('Maakuntieni kirjaukset');
    // Others' entries too: whose they are shows.
    expect(text(row().querySelector('td:nth-child(4)'))).toBe('Aino Agentti');
  });

  it('puts a chosen type into the address and lists again from the first page', async () => {
    await open('/activities?page=3');
    await answer([activityFixture()], 80);

    const types = await selectByLabel('Tyypit');
    await types.open();
    await types.clickOptions({ text: 'Työpaja' });
    await rendered();

    expect(TestBed.inject(Router).url).toBe('/activities?type=workshop');
    expect(await answer()).toEqual({ page: '1', pageSize: '25', mine: 'true', type: 'workshop' });
  });

  it('lets a coordinator look at one agent’s entries', async () => {
    await open('/activities', 'coordinator');
    await answer();

    const owner = await selectByLabel('Kenen kirjaukset');
    await owner.open();
    await owner.clickOptions({ text: 'Ville Varsinais' });
    await rendered();

    expect(TestBed.inject(Router).url).toBe(`/activities?agent=${OTHER_AGENT_ID}`);
    expect(await answer()).toEqual({ page: '1', pageSize: '25', agentUserId: OTHER_AGENT_ID });
    expect(text(element.querySelector('.figure-note'))).toBe('Valitun muutosagentin kirjaukset');
  });

  it('clears the filters but keeps whose entries are shown', async () => {
    await open('/activities?agent=all&type=meeting&themeCode=circular_economy');
    await answer();

    const clear = Array.from(element.querySelectorAll('button')).find(
      (button) => text(button) === 'Tyhjennä suodattimet',
    );
    clear?.click();
    await rendered();

    expect(TestBed.inject(Router).url).toBe('/activities?agent=all');
    await answer();
  });

  it('deletes an entry after confirmation, says so and shows the log as it is now', async () => {
    await open('/activities');
    await answer();

    row().querySelector<HTMLButtonElement>('button[data-action="delete"]')?.click();
    await rendered();
    const confirm = document.querySelector('crm-confirm-dialog');
    expect(text(confirm?.querySelector('p'))).toBe(
      'Merkintä Tapaaminen 18.11.2026 poistetaan neuvontalokista.',
    );
    const confirmButton = Array.from(confirm?.querySelectorAll('button') ?? []).find(
      (button) => text(button) === 'Poista',
    );
    confirmButton?.click();
    await rendered();

    http
      .expectOne({ method: 'DELETE', url: `${LIST}/${ACTIVITY_ID}` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await rendered();
    await answer([]);

    expect(text(element.querySelector('crm-form-message [role="status"]'))).toBe(
      'Merkintä Tapaaminen 18.11.2026 poistettu.',
    );
    expect(text(element.querySelector('.empty'))).toContain('Ei vielä merkintöjä.');
    expect(document.activeElement).toBe(element.querySelector('h1'));
  });

  it('deletes nothing when the confirmation is cancelled', async () => {
    await open('/activities');
    await answer();

    row().querySelector<HTMLButtonElement>('button[data-action="delete"]')?.click();
    await rendered();
    Array.from(document.querySelectorAll('crm-confirm-dialog button'))
      .find((button) => text(button) === 'Peruuta')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await rendered();
    // http.verify(): no DELETE.
  });

  it('offers "log again" on every entry, edit and delete only on those the caller may change', async () => {
    await open('/activities?agent=all');
    const othersId = 'ac710000-0000-4000-8000-000000000002';
    await answer([activityFixture(), activityFixture({ id: othersId, canEdit: false })]);

    const actions = (id: string): (string | null)[] =>
      Array.from(row(id).querySelectorAll('button')).map((button) => button.getAttribute('aria-label'));
    expect(actions(ACTIVITY_ID)).toEqual([
      'Kirjaa uudelleen: Tapaaminen 18.11.2026',
      'Muokkaa merkintää: Tapaaminen 18.11.2026',
      'Poista merkintä: Tapaaminen 18.11.2026',
    ]);
    expect(actions(othersId)).toEqual(['Kirjaa uudelleen: Tapaaminen 18.11.2026']);
  });

  it('opens the quick log with the entry to log again, and for editing', async () => {
    await open('/activities');
    await answer();
    const quickLog = TestBed.inject(QuickLog);
    const logAgain = jest.spyOn(quickLog, 'open').mockResolvedValue(null);
    const edit = jest.spyOn(quickLog, 'edit').mockResolvedValue(null);

    row().querySelector<HTMLButtonElement>('button[data-action="again"]')?.click();
    row().querySelector<HTMLButtonElement>('button[data-action="edit"]')?.click();
    await rendered();

    expect(logAgain).toHaveBeenCalledWith({ from: activityFixture() });
    expect(edit).toHaveBeenCalledWith(activityFixture());
  });

  it('says when an entry had changed meanwhile and shows it as it is now', async () => {
    await open('/activities');
    await answer();
    jest.spyOn(TestBed.inject(QuickLog), 'edit').mockResolvedValue({
      activity: null,
      followUp: 'none',
      conflict: { status: 409, code: 'STALE_VERSION', detail: null, errors: [], retryAfterSeconds: null },
    });

    row().querySelector<HTMLButtonElement>('button[data-action="edit"]')?.click();
    await rendered();
    await answer();

    expect(text(element.querySelector('crm-form-message [role="alert"]'))).toContain(
      'Merkintää oli muutettu sillä välin.',
    );
  });
});
