import type { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import { LanguageService } from '../../core/i18n/language-service';
import { FOLLOW_UP_BUCKETS, type FollowUpBucket } from '../follow-up-options';
import {
  AGENTS_URL,
  AGENT_DTOS,
  AGENT_ID,
  FOLLOW_UP_ID,
  REQUEST_ID,
  UNIT_ID,
  accessibleName,
  followUpFixture,
  page,
  setUpFollowUps,
  settle,
  text,
} from '../testing/follow-ups-testing';

const LIST_URL = '/api/v1/follow-ups';

describe('FollowUpList', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeAll(() => registerLocales());

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function rendered(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  /** Answers the four group requests, each with its follow-ups. */
  async function flushOpen(groups: Partial<Record<FollowUpBucket, FollowUpDto[]>> = {}): Promise<void> {
    const requests = http.match((request) => request.url === LIST_URL);
    expect(requests.map((request) => request.request.params.get('bucket')).sort()).toEqual(
      [...FOLLOW_UP_BUCKETS].sort(),
    );
    for (const request of requests) {
      const bucket = request.request.params.get('bucket') as FollowUpBucket;
      request.flush(page(groups[bucket] ?? []));
    }
    await rendered();
  }

  async function open(
    role: MeDto['role'],
    groups: Partial<Record<FollowUpBucket, FollowUpDto[]>> = {},
    url = '/follow-ups',
  ): Promise<void> {
    ({ harness, http } = await setUpFollowUps(role));
    await harness.navigateByUrl(url);
    if (role === 'coordinator') {
      http.expectOne(AGENTS_URL).flush(page(AGENT_DTOS));
    }
    await flushOpen(groups);
    element = harness.routeNativeElement as HTMLElement;
  }

  function section(name: string): HTMLElement {
    const found = Array.from(element.querySelectorAll<HTMLElement>('section')).find((candidate) => {
      const heading = candidate.querySelector(`#${candidate.getAttribute('aria-labelledby')}`);
      return text(heading).startsWith(name);
    });
    if (!found) {
      throw new Error(`No section "${name}"`);
    }
    return found;
  }

  function button(name: string, root: ParentNode = element): HTMLButtonElement {
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('button'));
    const found = buttons.find((candidate) => accessibleName(candidate) === name);
    if (!found) {
      throw new Error(
        `No button "${name}" among ${buttons.map((candidate) => accessibleName(candidate)).join(' | ')}`,
      );
    }
    return found;
  }

  function overlay(): HTMLElement {
    const container = document.querySelector<HTMLElement>('.cdk-overlay-container');
    if (!container) {
      throw new Error('No overlay');
    }
    return container;
  }

  it("groups the agent's open follow-ups under headings with their counts", async () => {
    await open('agent', {
      overdue: [
        followUpFixture({ id: 'o1', bucket: 'overdue', dueDate: '2026-11-02', note: 'Myöhässä oleva' }),
      ],
      thisWeek: [
        followUpFixture({ id: 't1', note: 'Soita hankintapäällikölle', recurrenceMonths: 12 }),
        followUpFixture({
          id: 't2',
          subjectKind: 'request',
          request: { id: REQUEST_ID, number: 1042, title: 'Vähähiilinen rakentaminen' },
          note: 'Kysy tilannetta',
        }),
      ],
    });

    expect(text(element.querySelector('h1'))).toBe('Omat seurannat');
    const headings = Array.from(element.querySelectorAll('section h2')).map((heading) => text(heading));
    expect(headings).toEqual(['Myöhässä 1', 'Tänään 0', 'Tällä viikolla 2', 'Myöhemmin 0']);
    expect(text(section('Tänään'))).toContain('Ei seurantoja.');

    const thisWeek = section('Tällä viikolla');
    const items = thisWeek.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(text(items[0])).toContain('Määräpäivä 20.11.2026');
    expect(text(items[0])).toContain('Soita hankintapäällikölle');
    expect(text(items[0])).toContain('Toistuu 12 kuukauden välein');
    expect(items[0].querySelector(`a[href="/units/${UNIT_ID}"]`)?.textContent?.trim()).toBe(
      'Helsingin kaupunki',
    );
    expect(text(items[1].querySelector(`a[href="/requests/${REQUEST_ID}"]`))).toBe(
      '#1042 Vähähiilinen rakentaminen',
    );
    // Each button says which follow-up it acts on.
    expect(
      Array.from(items[0].querySelectorAll('button')).map((candidate) => accessibleName(candidate)),
    ).toEqual([
      'Merkitse tehdyksi: Soita hankintapäällikölle',
      'Muokkaa: Soita hankintapäällikölle',
      'Peru: Soita hankintapäällikölle',
    ]);
    // The agent sees their own only: no assignee filter, no assignee on the items.
    expect(element.querySelector('mat-select')).toBeNull();
    expect(text(items[0])).not.toContain('Vastuuhenkilö');
  });

  it('says where follow-ups are added when there are none', async () => {
    await open('agent');

    expect(element.querySelectorAll('section')).toHaveLength(0);
    expect(text(element)).toContain('Sinulla ei ole avoimia seurantoja.');
    expect(text(element)).toContain('hankintayksikön sivun Seurannat-välilehdellä');
  });

  it('shows the unit in Swedish to a Swedish user', async () => {
    ({ harness, http } = await setUpFollowUps('agent'));
    await TestBed.inject(LanguageService).use('sv');
    await harness.navigateByUrl('/follow-ups');
    await flushOpen({ later: [followUpFixture({ bucket: 'later', dueDate: '2026-12-24' })] });
    element = harness.routeNativeElement as HTMLElement;

    expect(text(section('Senare'))).toContain('Helsingfors stad');
    expect(text(section('Senare'))).toContain('Förfaller 24 dec. 2026');
    localStorage.clear();
  });

  it('marks a follow-up done, says so and loads the groups again', async () => {
    const followUp = followUpFixture({ version: 4 });
    const other = followUpFixture({ id: 'f0110000-0000-4000-8000-000000000009', note: 'Toinen' });
    await open('agent', { thisWeek: [followUp, other] });

    button('Merkitse tehdyksi: Soita hankintapäällikölle kriteereistä').click();
    const patch = http.expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` });
    expect(patch.request.body).toEqual({ status: 'done', version: 4 });
    patch.flush({ ...followUp, status: 'done', bucket: null, completedAt: '2026-11-18T10:00:00.000Z' });
    await rendered();
    await flushOpen({ thisWeek: [other] });

    expect(text(element.querySelector('[role="status"]'))).toBe(
      'Merkitty tehdyksi: Soita hankintapäällikölle kriteereistä',
    );
    expect(section('Tällä viikolla').querySelectorAll('li')).toHaveLength(1);
    // The follow-up has left the list: the focus goes to the heading of its group.
    expect(document.activeElement?.id).toBe('crm-follow-ups-thisWeek');
  });

  it('reschedules a follow-up in the dialog and keeps the focus on it in its new group', async () => {
    const followUp = followUpFixture({ version: 2 });
    await open('agent', { thisWeek: [followUp] });

    button('Muokkaa: Soita hankintapäällikölle kriteereistä').click();
    await rendered();
    const dialog = overlay().querySelector<HTMLElement>('mat-dialog-container');
    const dueDate = dialog?.querySelector<HTMLInputElement>('input[formcontrolname="dueDate"]');
    if (!dialog || !dueDate) {
      throw new Error('No dialog with a due date');
    }
    expect(dueDate.value).toBe('20.11.2026');
    dueDate.value = '15.1.2030';
    dueDate.dispatchEvent(new Event('input'));
    button('Tallenna', dialog).click();
    await rendered();
    const patch = http.expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` });
    expect(patch.request.body).toEqual({ dueDate: '2030-01-15', version: 2 });
    const moved = { ...followUp, dueDate: '2030-01-15', bucket: 'later' as const, version: 3 };
    patch.flush(moved);
    await rendered();
    await flushOpen({ later: [moved] });

    expect(text(element.querySelector('[role="status"]'))).toBe('Seuranta tallennettu.');
    expect(text(section('Myöhemmin'))).toContain('Määräpäivä 15.1.2030');
    expect(document.activeElement).toBe(button('Muokkaa: Soita hankintapäällikölle kriteereistä'));
  });

  it('tells when the next one of a recurring follow-up is due', async () => {
    const followUp = followUpFixture({ dueDate: '2026-01-31', recurrenceMonths: 1, bucket: 'overdue' });
    await open('agent', { overdue: [followUp] });

    button('Merkitse tehdyksi: Soita hankintapäällikölle kriteereistä').click();
    http.expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` }).flush({
      ...followUp,
      status: 'done',
      bucket: null,
      nextFollowUpId: 'f0110000-0000-4000-8000-000000000002',
    });
    await rendered();
    await flushOpen();

    expect(text(element.querySelector('[role="status"]'))).toContain(
      'Seuraavan kerran määräpäivä on 28.2.2026.',
    );
  });

  it('reloads and explains when the follow-up was changed meanwhile', async () => {
    await open('agent', { today: [followUpFixture({ bucket: 'today' })] });

    button('Merkitse tehdyksi: Soita hankintapäällikölle kriteereistä').click();
    http
      .expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` })
      .flush({ code: 'STALE_VERSION', errors: [] }, { status: 409, statusText: 'Conflict' });
    await rendered();
    await flushOpen({ today: [followUpFixture({ bucket: 'today', version: 2 })] });

    expect(text(element.querySelector('[role="alert"]'))).toContain(
      'Joku muu muutti seurantaa samaan aikaan.',
    );
  });

  it('cancels a follow-up only after asking', async () => {
    const followUp = followUpFixture({ version: 2 });
    await open('agent', { thisWeek: [followUp] });

    button('Peru: Soita hankintapäällikölle kriteereistä').click();
    await rendered();
    expect(text(overlay().querySelector('h2'))).toBe('Perutaanko seuranta?');
    button('Peruuta', overlay()).click();
    await rendered();
    // Nothing sent (http.verify() in afterEach would fail on the PATCH).

    button('Peru: Soita hankintapäällikölle kriteereistä').click();
    await rendered();
    button('Peru seuranta', overlay()).click();
    await rendered();
    const patch = http.expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` });
    expect(patch.request.body).toEqual({ status: 'cancelled', version: 2 });
    patch.flush({ ...followUp, status: 'cancelled', bucket: null });
    await rendered();
    await flushOpen();
    expect(text(element.querySelector('[role="status"]'))).toContain('Seuranta peruttu');
  });

  it('shows the recently done and cancelled ones', async () => {
    await open('agent');

    button('Tehdyt ja perutut').click();
    await rendered();
    expect(TestBed.inject(Router).url).toBe('/follow-ups?view=closed');
    const request = http.expectOne((candidate) => candidate.url === LIST_URL);
    expect(request.request.params.get('status')).toBe('done,cancelled');
    request.flush(
      page([
        followUpFixture({ status: 'done', bucket: null, completedAt: '2026-11-18T10:00:00.000Z' }),
        followUpFixture({
          id: 'c',
          status: 'cancelled',
          bucket: null,
          completedAt: '2026-11-17T10:00:00.000Z',
        }),
      ]),
    );
    await rendered();

    const closed = section('Viimeksi tehdyt ja perutut');
    const items = closed.querySelectorAll('li');
    expect(text(items[0])).toContain('Tehty');
    expect(text(items[0])).toContain('18.11.2026');
    expect(text(items[1])).toContain('Peruttu');
    // Closed ones take no more actions.
    expect(closed.querySelectorAll('button')).toHaveLength(0);
  });

  it("lets a coordinator see everybody's follow-ups or one agent's", async () => {
    await open('coordinator');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      'Omat',
      'Kaikkien',
      'Aino Agentti',
      'Ville Varsinais',
    ]);

    await select.clickOptions({ text: 'Kaikkien' });
    await rendered();
    const all = http.match((request) => request.url === LIST_URL);
    expect(all).toHaveLength(4);
    for (const request of all) {
      expect(request.request.params.has('mine')).toBe(false);
      request.flush(
        page(
          request.request.params.get('bucket') === 'later'
            ? [followUpFixture({ bucket: 'later', assigneeName: 'Ville Varsinais' })]
            : [],
        ),
      );
    }
    await rendered();
    expect(text(element.querySelector('h1'))).toBe('Kaikki seurannat');
    expect(text(section('Myöhemmin'))).toContain('Vastuuhenkilö: Ville Varsinais');

    await select.open();
    await select.clickOptions({ text: 'Aino Agentti' });
    await rendered();
    for (const request of http.match((candidate) => candidate.url === LIST_URL)) {
      expect(request.request.params.get('assigneeUserId')).toBe(AGENT_ID);
      request.flush(page([]));
    }
    await rendered();
    expect(text(element.querySelector('h1'))).toBe('Seurannat: Aino Agentti');
  });
});
