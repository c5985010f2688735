import type { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHeaderHarness } from '@angular/material/sort/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { CoordinatorDashboardDto } from '../../core/api/generated/models/coordinator-dashboard-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  AINO_ID,
  DASHBOARD_URL,
  ELINA_ID,
  NEWER_ID,
  OLDEST_ID,
  REGIONS_URL,
  VILLE_ID,
  dashboardFixture,
  regionsPage,
  requestFixture,
  setUpBalance,
  settle,
  text,
} from '../testing/balance-testing';

describe('BalancePage', () => {
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

  async function open(dashboard: CoordinatorDashboardDto = dashboardFixture()): Promise<void> {
    ({ harness, http } = await setUpBalance());
    await harness.navigateByUrl('/balance');
    http.expectOne(REGIONS_URL).flush(regionsPage());
    http.expectOne(DASHBOARD_URL).flush(dashboard);
    await rendered();
    element = harness.routeNativeElement as HTMLElement;
  }

  function section(name: string): HTMLElement {
    const found = Array.from(element.querySelectorAll<HTMLElement>('section')).find((candidate) => {
      const heading = candidate.querySelector(`#${candidate.getAttribute('aria-labelledby')}`);
      return text(heading) === name;
    });
    if (!found) {
      throw new Error(`No section "${name}"`);
    }
    return found;
  }

  function agentRow(userId: string): HTMLElement {
    const row = element.querySelector<HTMLElement>(`tr[data-agent="${userId}"]`);
    if (!row) {
      throw new Error(`No row for ${userId}`);
    }
    return row;
  }

  function cell(userId: string, column: string): HTMLElement {
    const found = agentRow(userId).querySelector<HTMLElement>(`[data-column="${column}"]`);
    if (!found) {
      throw new Error(`No ${column} cell for ${userId}`);
    }
    return found;
  }

  function queueRow(number: number): HTMLElement | null {
    return element.querySelector<HTMLElement>(`tr[data-request="${number}"]`);
  }

  function href(link: Element | null | undefined): string {
    return decodeURIComponent(link?.getAttribute('href') ?? '');
  }

  it('shows the situation of the day and the month', async () => {
    await open();

    expect(text(element.querySelector('h1'))).toBe('Työn jakautuminen');
    expect(text(element)).toContain('Tilanne 22.11.2026. Tunnit: marraskuu 2026.');
  });

  it('shows every agent with links to their workload and to their requests', async () => {
    await open();

    const agents = section('Muutosagentit');
    expect(
      Array.from(agents.querySelectorAll('tbody tr')).map((row) => text(row.querySelector('td'))),
    ).toEqual(['Aino Lehtinen', 'Elina Pesonen', 'Ville Kangas']);
    const name = agentRow(AINO_ID).querySelector('a');
    expect(href(name)).toBe(`/workload?agentId=${AINO_ID}`);
    expect(name?.getAttribute('aria-label')).toBe('Työtilanne: Aino Lehtinen');
    expect(text(agentRow(AINO_ID))).toContain('Uusimaa');
    expect(text(agentRow(VILLE_ID))).toContain('Ei maakuntaa tänään');

    const openRequests = cell(AINO_ID, 'openRequests').querySelector('a');
    expect(text(openRequests)).toBe('3');
    expect(openRequests?.getAttribute('aria-label')).toBe('Avoimet pyynnöt, Aino Lehtinen: 3');
    expect(href(openRequests)).toBe(`/requests?agentUserId=${AINO_ID}&open=true`);
    expect(href(cell(ELINA_ID, 'atRisk').querySelector('a'))).toBe(
      `/requests?agentUserId=${ELINA_ID}&slaState=atRisk`,
    );
    expect(href(cell(AINO_ID, 'breached').querySelector('a'))).toBe(
      `/requests?agentUserId=${AINO_ID}&slaState=breached`,
    );
    expect(href(cell(AINO_ID, 'overdueFollowUps').querySelector('a'))).toBe(
      `/follow-ups?assignee=${AINO_ID}`,
    );
    // Nothing to list: a plain zero.
    expect(cell(VILLE_ID, 'openRequests').querySelector('a')).toBeNull();
    expect(text(cell(VILLE_ID, 'openRequests'))).toBe('0');
  });

  it('shows the hours against capacity as text and a bar, and marks who is over capacity in words', async () => {
    await open();

    const meter = (userId: string): HTMLElement | null =>
      agentRow(userId).querySelector('crm-capacity-meter');
    expect(text(meter(AINO_ID))).toBe('37,8 / 60 h 63 % työajasta');
    expect(text(meter(VILLE_ID)?.querySelector('.figures'))).toBe('59,8 / 20 h 299 % työajasta');
    expect(text(meter(VILLE_ID)?.querySelector('.over'))).toBe('Yli työajan');
    const bar = (userId: string): Element | null =>
      meter(userId)?.querySelector('[role="progressbar"]') ?? null;
    expect(bar(AINO_ID)?.getAttribute('aria-valuenow')).toBe('63');
    expect(bar(VILLE_ID)?.getAttribute('aria-valuenow')).toBe('100');
    expect(bar(AINO_ID)?.getAttribute('aria-label')).toBe(
      'Tämän kuun tunnit suhteessa työaikaan, Aino Lehtinen',
    );
    expect(element.querySelectorAll('.over')).toHaveLength(1);
  });

  it('sorts the agents by a column', async () => {
    await open();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const hours = await loader.getHarness(MatSortHeaderHarness.with({ label: 'Tunnit tässä kuussa' }));
    const names = (): string[] =>
      Array.from(element.querySelectorAll('tbody tr[data-agent]')).map((row) =>
        text(row.querySelector('td')),
      );

    await hours.click();
    await rendered();
    expect(names()).toEqual(['Aino Lehtinen', 'Elina Pesonen', 'Ville Kangas']);
    await hours.click();
    await rendered();
    expect(names()).toEqual(['Ville Kangas', 'Elina Pesonen', 'Aino Lehtinen']);
    expect(await hours.getSortDirection()).toBe('desc');
  });

  it('names the regions without an agent and says where their requests go', async () => {
    await open();

    const regions = section('Maakunnat ilman muutosagenttia');
    expect(Array.from(regions.querySelectorAll('li')).map((item) => text(item))).toEqual([
      'Pohjois-Savo',
      'Päijät-Häme',
    ]);
    expect(text(regions)).toContain('Näiden maakuntien tukipyynnöt menevät jonoon');
  });

  it('shows the queue: counts, the oldest requests and a link to the whole queue', async () => {
    await open();

    const queue = section('Jono');
    expect(
      Array.from(queue.querySelectorAll('.count')).map((count) => [
        text(count.querySelector('dt')),
        text(count.querySelector('dd')),
      ]),
    ).toEqual([
      ['Jonossa', '30'],
      ['Vaarassa', '1'],
      ['Ylittyneet', '2'],
    ]);
    const oldest = queueRow(584);
    expect(href(oldest?.querySelector('a'))).toBe(`/requests/${OLDEST_ID}`);
    expect(text(oldest)).toContain('Markkinavuoropuhelu ateriapalveluista');
    expect(text(oldest?.querySelector('td.wide-only'))).toBe('Pohjois-Savo');
    expect(text(oldest)).toContain('Vieremä Energia Oy');
    expect(text(oldest)).toContain('18.11.2026 klo 22.50');
    expect(text(oldest?.querySelector('crm-queue-sla-badge'))).toBe('Aikataulussa');
    expect(text(oldest)).toContain('Ensivastaus viimeistään 23.11.2026');
    const newer = queueRow(592);
    expect(href(newer?.querySelector('a'))).toBe(`/requests/${NEWER_ID}`);
    expect(text(newer)).toContain('Ei maakuntaa');
    expect(text(newer)).toContain('Yksikköä ei annettu');
    expect(text(newer?.querySelector('crm-queue-sla-badge'))).toBe('Ylittynyt');
    expect(newer?.querySelector('button')?.getAttribute('aria-label')).toBe('Siirrä tukipyyntö #592');
    expect(text(queue)).toContain('Näytetään 2 vanhinta, kaikkiaan 30.');
    const whole = Array.from(queue.querySelectorAll('a')).find(
      (link) => text(link) === 'Koko jono tukipyynnöissä',
    );
    expect(href(whole)).toBe('/requests?queue=true');
  });

  it('says when the queue is empty', async () => {
    await open(dashboardFixture({ queue: { total: 0, atRisk: 0, breached: 0, items: [] } }));

    const queue = section('Jono');
    expect(text(queue)).toContain('Jono on tyhjä.');
    expect(queue.querySelector('table')).toBeNull();
    expect(text(queue)).not.toContain('Näytetään');
  });

  it('says when nobody is missing', async () => {
    await open(dashboardFixture({ agents: [], regionsWithoutAgent: [] }));

    expect(text(section('Muutosagentit'))).toContain('Aktiivisia muutosagentteja ei ole.');
    expect(text(section('Maakunnat ilman muutosagenttia'))).toContain(
      'Kaikissa maakunnissa on tänään muutosagentti.',
    );
  });

  it('tells of a failed load and tries again', async () => {
    ({ harness, http } = await setUpBalance());
    await harness.navigateByUrl('/balance');
    http.expectOne(REGIONS_URL).flush(regionsPage());
    http.expectOne(DASHBOARD_URL).flush({ title: 'Oops' }, { status: 500, statusText: 'Server Error' });
    await rendered();
    element = harness.routeNativeElement as HTMLElement;

    const alert = element.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('p'))).toBe('Työn jakautumista ei voitu hakea.');
    expect(text(alert?.querySelector('button'))).toBe('Yritä uudelleen');
    expect(element.querySelector('section')).toBeNull();
    alert?.querySelector('button')?.click();
    await rendered();
    expect(element.querySelector('[role="progressbar"]')).not.toBeNull();
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await rendered();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(queueRow(584)).not.toBeNull();
  });

  it('reassigns a queued request, says so and shows the queue and the agent as they are now', async () => {
    await open();

    queueRow(584)?.querySelector('button')?.click();
    await rendered();
    const loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: /^Elina Pesonen/ });
    const submit = Array.from(
      document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button'),
    ).find((button) => text(button) === 'Siirrä');
    submit?.click();
    await rendered();

    http.expectOne(`/api/v1/requests/${OLDEST_ID}`).flush(requestFixture());
    await settle();
    http.expectOne(`/api/v1/requests/${OLDEST_ID}/assignment`).flush(
      requestFixture({
        status: 'assigned',
        assignedAgent: { userId: ELINA_ID, displayName: 'Elina Pesonen' },
      }),
    );
    await settle();
    const after = dashboardFixture();
    after.agents[1] = { ...after.agents[1], openRequests: 4 };
    after.queue = { ...after.queue, total: 29, items: after.queue.items.slice(1) };
    http.expectOne(DASHBOARD_URL).flush(after);
    await rendered();

    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(text(document.querySelector('mat-snack-bar-container'))).toBe(
      'Tukipyyntö #584 osoitettiin: Elina Pesonen.',
    );
    expect(queueRow(584)).toBeNull();
    expect(text(cell(ELINA_ID, 'openRequests'))).toBe('4');
    expect(document.activeElement?.id).toBe('crm-balance-queue');
  });

  it('follows the interface language', async () => {
    await open();
    await TestBed.inject(LanguageService).use('en');
    await rendered();

    expect(text(element.querySelector('h1'))).toBe('Workload balance');
    expect(text(element)).toContain('Situation on Nov 22, 2026. Hours are for November 2026.');
    expect(text(agentRow(AINO_ID).querySelector('crm-capacity-meter'))).toBe('37.8 / 60 h 63% of capacity');
    expect(text(section('Regions without a change agent').querySelector('li'))).toBe('North Savo');
  });
});
