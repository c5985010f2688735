import type { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { QuickLog } from '../../activities/quick-log/quick-log';
import type { AgentDashboardDto } from '../../core/api/generated/models/agent-dashboard-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  AGENTS_URL,
  AGENT_DTOS,
  AGENT_ID,
  DASHBOARD_URL,
  OTHER_AGENT_ID,
  UNIT_ID,
  dashboardFixture,
  page,
  setUpWorkload,
  settle,
  text,
} from '../testing/workload-testing';

describe('WorkloadPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeAll(() => registerLocales());

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
    localStorage.clear();
  });

  async function rendered(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function dashboardRequest(): ReturnType<HttpTestingController['expectOne']> {
    return http.expectOne((request) => request.url === DASHBOARD_URL);
  }

  async function open(
    role: MeDto['role'],
    url = '/workload',
    dashboard: AgentDashboardDto | null = dashboardFixture(),
  ): Promise<void> {
    ({ harness, http } = await setUpWorkload(role));
    await harness.navigateByUrl(url);
    if (role === 'coordinator') {
      http.expectOne(AGENTS_URL).flush(page(AGENT_DTOS));
    }
    if (dashboard) {
      dashboardRequest().flush(dashboard);
    }
    await rendered();
    element = harness.routeNativeElement as HTMLElement;
  }

  function section(heading: string): HTMLElement {
    const found = Array.from(element.querySelectorAll<HTMLElement>('section')).find(
      (candidate) => text(candidate.querySelector('h2')) === heading,
    );
    if (!found) {
      throw new Error(`No section "${heading}"`);
    }
    return found;
  }

  /** The link whose accessible name (its text, hidden context included) starts with the words. */
  function link(name: string, root: ParentNode = element): HTMLAnchorElement {
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('a'));
    const found = links.find((candidate) => text(candidate).startsWith(name));
    if (!found) {
      throw new Error(`No link "${name}" among ${links.map((candidate) => text(candidate)).join(' | ')}`);
    }
    return found;
  }

  function href(anchor: HTMLAnchorElement): string {
    return decodeURIComponent(anchor.getAttribute('href') ?? '');
  }

  it('shows an agent their own workload under one h1, a section per subject', async () => {
    await open('agent');

    expect(Array.from(element.querySelectorAll('h1')).map((heading) => text(heading))).toEqual([
      'Oma työtilanne',
    ]);
    expect(Array.from(element.querySelectorAll('h2')).map((heading) => text(heading))).toEqual([
      'Avoimet tukipyynnöt',
      'Seurannat',
      'Palvelutasot',
      'Tunnit tässä kuussa',
      'Kattavuus tänä vuonna',
      'Tavoitettavuus teemoittain',
      'Valkoiset alueet',
    ]);
    expect(text(element.querySelector('.page-intro'))).toContain('22.11.2026');
    // Agents see only their own: no choice of agent.
    expect(element.querySelector('crm-agent-picker')).toBeNull();
  });

  it('links each request figure, named with its context, to the filtered requests list', async () => {
    await open('agent');
    const requests = section('Avoimet tukipyynnöt');

    expect(text(link('5 Avoimia yhteensä', requests))).toBe('5 Avoimia yhteensä (avoimet tukipyynnöt)');
    expect(href(link('5 Avoimia yhteensä', requests))).toBe(`/requests?open=true&agentUserId=${AGENT_ID}`);
    expect(href(link('Työn alla 3', requests))).toBe(`/requests?status=in_progress&agentUserId=${AGENT_ID}`);
    expect(href(link('1–4 viikkoa 1', requests))).toBe(
      `/requests?open=true&agentUserId=${AGENT_ID}&createdFrom=2026-10-26&createdTo=2026-11-15`,
    );
    expect(href(link('2 Ylittynyt', section('Palvelutasot')))).toBe(
      `/requests?slaState=breached&agentUserId=${AGENT_ID}`,
    );
    const resolution = section('Palvelutasot').querySelector('tr[data-clock="resolution"]');
    expect(Array.from(resolution?.children ?? []).map((cell) => text(cell))).toEqual(['Ratkaisu', '1', '2']);
  });

  it('marks figures that call for action with more than colour', async () => {
    await open('agent');
    const followUps = section('Seurannat');

    const overdue = link('4 Myöhässä', followUps);
    expect(overdue.classList).toContain('figure--alert');
    expect(overdue.querySelector('crm-icon')).not.toBeNull();
    expect(href(overdue)).toBe('/follow-ups');
    expect(link('0 Myöhemmin tällä viikolla', followUps).classList).not.toContain('figure--alert');
  });

  it('shows the hours against the capacity as text and as a bar, linking to the month’s log', async () => {
    await open('agent');
    const hours = section('Tunnit tässä kuussa');

    expect(text(hours)).toContain('marraskuu 2026');
    const log = link('33,8 / 48 h', hours);
    expect(href(log)).toBe('/activities?from=2026-11-01&to=2026-11-30');
    const bar = hours.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-valuenow')).toBe('70');
    expect(bar?.getAttribute('aria-label')).toBe('Kirjatut tunnit kuukauden kapasiteetista');
    expect(text(hours)).toContain('70 % kuukauden kapasiteetista');
  });

  it('shows coverage and reach by theme as text, the coverage counts linking to the units list', async () => {
    await open('agent');
    const coverage = section('Kattavuus tänä vuonna');

    expect(text(coverage)).toContain('Uusimaa');
    expect(text(coverage)).toContain('87 % 39 / 45 aktiivisesta yksiköstä tavoitettu');
    expect(href(link('6 tavoittamatta', coverage))).toBe(
      '/units?regionCode=01&isActive=true&reached=false&from=2026-01-01&to=2026-11-22',
    );
    expect(text(link('39 tavoitettu', coverage))).toBe(
      '39 tavoitettu (Uusimaa, aktiiviset hankintayksiköt tänä vuonna)',
    );
    const themes = Array.from(section('Tavoitettavuus teemoittain').querySelectorAll('li')).map((row) =>
      text(row),
    );
    expect(themes).toEqual([
      'Ilmasto ja vähähiilisyys 30 yksikköä (67 %)',
      'Kiertotalous 12 yksikköä (27 %)',
    ]);
  });

  it('lists the white spots with their spend and last reach, and links all of them', async () => {
    await open('agent');
    const whiteSpots = section('Valkoiset alueet');
    const rows = Array.from(whiteSpots.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => text(cell)),
    );

    expect(rows).toEqual([
      ['Helsingin kaupunki', '1 250 000 €', '14.3.2025'],
      ['Sipoon kunta', 'Ei arviota', 'Ei koskaan'],
    ]);
    expect(href(link('Helsingin kaupunki', whiteSpots))).toBe(`/units/${UNIT_ID}`);
    expect(href(link('Kaikki 6 valkoista aluetta', whiteSpots))).toBe(
      '/units?regionCode=01&isActive=true&reached=false&from=2025-11-23&to=2026-11-22&sort=-estimatedAnnualSpend',
    );
  });

  it('says so when there are no white spots', async () => {
    const dashboard = dashboardFixture();
    await open('agent', '/workload', {
      ...dashboard,
      whiteSpots: { ...dashboard.whiteSpots, total: 0, top: [] },
    });

    expect(text(section('Valkoiset alueet'))).toContain('Ei valkoisia alueita');
    expect(section('Valkoiset alueet').querySelector('table')).toBeNull();
  });

  it('formats the figures for the language chosen', async () => {
    ({ harness, http } = await setUpWorkload('agent'));
    await TestBed.inject(LanguageService).use('en');
    await harness.navigateByUrl('/workload');
    dashboardRequest().flush(dashboardFixture());
    await rendered();
    element = harness.routeNativeElement as HTMLElement;

    expect(text(element.querySelector('h1'))).toBe('My workload');
    expect(text(section('Hours this month'))).toContain('33.8 / 48 h');
    expect(text(section('White spots'))).toContain('€1,250,000');
    expect(text(section('White spots'))).toContain('Mar 14, 2025');
  });

  it('ignores another agent asked for in the address of an agent', async () => {
    ({ harness, http } = await setUpWorkload('agent'));
    await harness.navigateByUrl(`/workload?agentId=${OTHER_AGENT_ID}`);

    expect(dashboardRequest().request.params.has('agentId')).toBe(false);
  });

  it('offers the log and a follow-up one click away', async () => {
    await open('agent');
    const logActivity = jest.spyOn(TestBed.inject(QuickLog), 'open').mockResolvedValue(null);

    const button = Array.from(element.querySelectorAll('button')).find(
      (candidate) => text(candidate) === 'Kirjaa toiminta',
    );
    button?.click();

    expect(logActivity).toHaveBeenCalledTimes(1);
    const newFollowUp = link('Uusi seuranta');
    expect(href(newFollowUp)).toBe('/follow-ups');
    expect(newFollowUp.getAttribute('aria-describedby')).toBe('crm-workload-follow-up-hint');
  });

  it('shows a load failure and loads again on request', async () => {
    await open('agent', '/workload', null);
    dashboardRequest().flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    await rendered();

    const alert = element.querySelector('[role="alert"]');
    expect(text(alert)).toContain('Jokin meni vikaan');
    alert?.querySelector('button')?.click();
    dashboardRequest().flush(dashboardFixture());
    await rendered();

    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(text(section('Avoimet tukipyynnöt'))).toContain('Avoimia yhteensä');
  });

  describe('for a coordinator', () => {
    it('asks which agent’s workload to show, and loads nothing before', async () => {
      await open('coordinator', '/workload', null);

      expect(text(element.querySelector('h1'))).toBe('Muutosagenttien työtilanne');
      expect(text(element)).toContain('Valitse muutosagentti, jonka työtilanteen haluat nähdä.');
      expect(element.querySelector('section')).toBeNull();
    });

    it('shows the agent chosen, by the address', async () => {
      await open('coordinator', '/workload', null);
      const loader = TestbedHarnessEnvironment.loader(harness.fixture);
      const select = await loader.getHarness(MatSelectHarness);
      await select.open();
      const options = await select.getOptions();
      expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
        'Aino Agentti',
        'Ville Varsinais',
      ]);
      await select.clickOptions({ text: 'Ville Varsinais' });
      await rendered();

      expect(TestBed.inject(Router).url).toBe(`/workload?agentId=${OTHER_AGENT_ID}`);
      const request = dashboardRequest();
      expect(request.request.params.get('agentId')).toBe(OTHER_AGENT_ID);
      request.flush(dashboardFixture({ agentUserId: OTHER_AGENT_ID, displayName: 'Ville Varsinais' }));
      await rendered();

      expect(text(element.querySelector('h1'))).toBe('Työtilanne: Ville Varsinais');
      // The agent's own lists, not the coordinator's.
      expect(href(link('4 Myöhässä'))).toBe(`/follow-ups?assignee=${OTHER_AGENT_ID}`);
      expect(href(link('33,8 / 48 h'))).toBe(
        `/activities?agent=${OTHER_AGENT_ID}&from=2026-11-01&to=2026-11-30`,
      );
    });

    it('says so when the agent asked for is not found', async () => {
      await open('coordinator', `/workload?agentId=${OTHER_AGENT_ID}`, null);
      dashboardRequest().flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
      await rendered();

      expect(text(element.querySelector('[role="alert"]'))).toContain('Muutosagenttia ei löytynyt.');
    });
  });
});
