import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle } from '../../../../testing/account-fixtures';
import { provideNoMaterialAnimations } from '../../../../testing/material-testing';
import { provideTranslocoTesting } from '../../../../testing/transloco-testing';
import type { JobDto } from '../../../core/api/generated/models/job-dto';
import { LanguageService } from '../../../core/i18n/language-service';
import { registerLocales } from '../../../core/i18n/register-locales';
import { ADMIN_ROUTES } from '../../admin.routes';
import { jobFixture, jobRunFixture } from '../testing/job-fixtures';

const JOBS_URL = '/api/v1/jobs';
const CONNECTION_ERROR = 'Error: connect ECONNREFUSED 127.0.0.1:5432';

function allJobs(): JobDto[] {
  const reminders = jobRunFixture();
  const caughtUp = jobRunFixture({
    id: 'reminders-catch-up',
    trigger: 'catch_up',
    slot: '2026-03-01T05:00:00.000Z',
    startedAt: '2026-03-01T09:12:00.000Z',
    result: { followUps: 1, emails: 1 },
  });
  const remindersBaseline = jobRunFixture({
    id: 'reminders-baseline',
    trigger: 'baseline',
    status: 'skipped',
    slot: '2026-02-28T05:00:00.000Z',
    startedAt: '2026-02-28T09:00:00.000Z',
    result: null,
  });
  const failed = jobRunFixture({
    id: 'warnings-failed',
    jobName: 'sla-warnings',
    trigger: 'catch_up',
    status: 'failed',
    startedAt: '2026-03-02T10:00:00.000Z',
    result: null,
    error: CONNECTION_ERROR,
  });
  const closed = jobRunFixture({
    id: 'auto-close-manual',
    jobName: 'request-auto-close',
    trigger: 'manual',
    startedAt: '2026-03-02T10:31:00.000Z',
    result: { closed: 1 },
  });
  const digestBaseline = jobRunFixture({
    id: 'digest-baseline',
    jobName: 'weekly-digest',
    trigger: 'baseline',
    status: 'skipped',
    result: null,
  });
  return [
    jobFixture({ lastRun: reminders, recentRuns: [reminders, caughtUp, remindersBaseline] }),
    jobFixture({
      name: 'sla-warnings',
      cron: '0 * * * *',
      nextRunAt: '2026-03-02T11:00:00.000Z',
      lastRun: failed,
      recentRuns: [failed],
    }),
    jobFixture({
      name: 'request-auto-close',
      cron: '30 * * * *',
      nextRunAt: '2026-03-02T11:30:00.000Z',
      lastRun: closed,
      recentRuns: [closed],
    }),
    jobFixture({
      name: 'weekly-digest',
      cron: '0 7 * * 1',
      nextRunAt: '2026-03-09T05:00:00.000Z',
      lastRun: null,
      recentRuns: [digestBaseline],
    }),
    jobFixture({
      name: 'monthly-summary',
      // Changed on the server: no words for it yet.
      cron: '0 6 1 * *',
      nextRunAt: '2026-04-01T03:00:00.000Z',
      lastRun: null,
      recentRuns: [],
    }),
  ];
}

describe('JobList', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeAll(() => registerLocales());

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        provideNoMaterialAnimations(),
        provideRouter([{ path: 'admin', children: ADMIN_ROUTES }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    TestBed.inject(MatSnackBar).dismiss();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  async function open(jobs: JobDto[] = allJobs()): Promise<HTMLElement> {
    await harness.navigateByUrl('/admin/jobs');
    http.expectOne({ method: 'GET', url: JOBS_URL }).flush(jobs);
    await stable();
    return harness.routeNativeElement as HTMLElement;
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function card(page: HTMLElement, name: JobDto['name']): HTMLElement {
    const found = page.querySelector<HTMLElement>(`[data-job="${name}"]`);
    if (!found) {
      throw new Error(`no card for ${name}`);
    }
    return found;
  }

  /** The card's definition list as term → description; the schedule's lines joined by " | ". */
  function details(jobCard: HTMLElement): Record<string, string> {
    const terms = Array.from(jobCard.querySelectorAll('dl > dt'));
    return Object.fromEntries(
      terms.map((term) => {
        const description = term.nextElementSibling;
        const lines = description?.classList.contains('schedule')
          ? Array.from(description.children).map((line) => text(line))
          : [text(description)];
        return [text(term), lines.join(' | ')];
      }),
    );
  }

  function runButton(jobCard: HTMLElement): HTMLButtonElement {
    const button = jobCard.querySelector<HTMLButtonElement>('button.run-button');
    if (!button) {
      throw new Error('no Run now button');
    }
    return button;
  }

  function overlay(): HTMLElement {
    const container = document.querySelector<HTMLElement>('.cdk-overlay-container');
    if (!container) {
      throw new Error('no overlay');
    }
    return container;
  }

  function dialogButton(name: string): HTMLButtonElement {
    const button = Array.from(
      overlay().querySelectorAll<HTMLButtonElement>('mat-dialog-actions button'),
    ).find((candidate) => text(candidate) === name);
    if (!button) {
      throw new Error(`no dialog button "${name}"`);
    }
    return button;
  }

  function snackBarText(): string {
    return text(document.querySelector('mat-snack-bar-container'));
  }

  it('explains how the jobs run and shows each job’s schedule, next run and last run in words', async () => {
    const page = await open();

    expect(text(page.querySelector('h1'))).toBe('Ajastetut työt');
    const intro = text(page.querySelector('.intro'));
    expect(intro).toContain('Suomen aikaa (Europe/Helsinki)');
    expect(intro).toContain('vain kerran, vaikka palvelu toimisi usealla palvelimella');
    expect(intro).toContain('se ajetaan jälkikäteen, kun palvelu käynnistyy');
    expect(Array.from(page.querySelectorAll('h2')).map((heading) => text(heading))).toEqual([
      'Seurantojen muistutukset',
      'Palvelutasovaroitukset',
      'Ratkaistujen pyyntöjen sulkeminen',
      'Viikkokooste',
      'Kuukausiyhteenveto',
    ]);

    const reminders = card(page, 'follow-up-reminders');
    expect(reminders.getAttribute('aria-labelledby')).toBe('crm-job-follow-up-reminders');
    expect(text(reminders.querySelector('.description'))).toContain('avoimista seurannoista');
    expect(details(reminders)).toEqual({
      Aikataulu: 'Joka päivä klo 7.00 | cron 0 7 * * *',
      'Seuraava ajo': '3.3.2026 klo 7.00',
      'Edellinen ajo': '2.3.2026 klo 7.00',
      Käynnistystapa: 'Aikataulun mukaan',
      Tila: 'Onnistui',
      Tulos: '5 erääntynyttä seurantaa, 3 sähköpostia',
    });
    expect(text(reminders.querySelector('.last-status .badge'))).toBe('Onnistui');

    expect(details(card(page, 'sla-warnings'))).toEqual({
      Aikataulu: 'Joka tunti tasalta | cron 0 * * * *',
      'Seuraava ajo': '2.3.2026 klo 13.00',
      'Edellinen ajo': '2.3.2026 klo 12.00',
      Käynnistystapa: 'Jälkikäteen käyttökatkon jälkeen',
      Tila: 'Epäonnistui',
      Virhe: CONNECTION_ERROR,
    });
    expect(card(page, 'sla-warnings').querySelector('.last-status .badge')?.className).toContain(
      'badge--warning',
    );

    const autoClose = details(card(page, 'request-auto-close'));
    expect(autoClose['Käynnistystapa']).toBe('Käsin');
    expect(autoClose['Tulos']).toBe('1 pyyntö suljettu');

    // A baseline is not a last run.
    expect(details(card(page, 'weekly-digest'))['Edellinen ajo']).toBe('Ei vielä ajettu');
    const summary = card(page, 'monthly-summary');
    // A schedule the page has no words for shows only the expression.
    expect(details(summary)['Aikataulu']).toBe('cron 0 6 1 * *');
    expect(text(summary.querySelector('.note'))).toBe('Työtä ei ole vielä ajettu.');
    expect(summary.querySelector('details')).toBeNull();
  });

  it('lists a job’s recent runs, newest first, and explains a baseline', async () => {
    const page = await open();
    const recent = card(page, 'follow-up-reminders').querySelector('details');

    expect(recent?.open).toBe(false);
    expect(text(recent?.querySelector('summary'))).toBe('Viimeisimmät ajot (3)');
    const region = recent?.querySelector('.table-scroll');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe(
      'Viimeisimmät ajot, uusin ensin: Seurantojen muistutukset',
    );
    const rows = Array.from(recent?.querySelectorAll('tbody tr') ?? []).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['2.3.2026 klo 7.00', 'Aikataulun mukaan', 'Onnistui', '5 erääntynyttä seurantaa, 3 sähköpostia', ''],
      [
        '1.3.2026 klo 11.12',
        'Jälkikäteen käyttökatkon jälkeen',
        'Onnistui',
        '1 erääntynyt seuranta, 1 sähköposti',
        '',
      ],
      ['28.2.2026 klo 11.00', 'Lähtötilanne (ei ajettu)', 'Ohitettu', '', ''],
    ]);
    expect(text(recent?.querySelector('.baseline-note'))).toContain('Lähtötilanne kirjataan');
    expect(card(page, 'sla-warnings').querySelector('.baseline-note')).toBeNull();
  });

  it('runs a job only after the coordinator confirms, showing progress, then the outcome', async () => {
    const page = await open();
    const reminders = card(page, 'follow-up-reminders');
    expect(text(runButton(reminders))).toBe('Aja nyt : Seurantojen muistutukset');

    runButton(reminders).click();
    await stable();
    expect(text(overlay().querySelector('h2'))).toBe('Ajetaanko työ ”Seurantojen muistutukset” nyt?');
    expect(text(overlay().querySelector('mat-dialog-content'))).toContain('oikeina sähköposteina');
    dialogButton('Peruuta').click();
    await stable();
    // Cancelled: nothing was run (http.verify() would also fail on it).
    http.expectNone({ method: 'POST', url: `${JOBS_URL}/follow-up-reminders/run` });

    runButton(reminders).click();
    await stable();
    dialogButton('Aja nyt').click();
    await stable();
    const request = http.expectOne({ method: 'POST', url: `${JOBS_URL}/follow-up-reminders/run` });
    expect(text(runButton(reminders))).toBe('Ajetaan… : Seurantojen muistutukset');
    expect(runButton(reminders).getAttribute('aria-disabled')).toBe('true');
    expect(reminders.querySelector('mat-progress-spinner')).not.toBeNull();
    // A second click while it runs asks nothing and runs nothing.
    runButton(reminders).click();
    await stable();
    expect(overlay().querySelector('mat-dialog-container')).toBeNull();
    // The other jobs can still be run.
    expect(runButton(card(page, 'weekly-digest')).getAttribute('aria-disabled')).not.toBe('true');

    const run = jobRunFixture({
      id: 'reminders-manual',
      trigger: 'manual',
      startedAt: '2026-03-02T12:34:00.000Z',
      result: { followUps: 2, emails: 1 },
    });
    request.flush(run);
    await stable();

    expect(snackBarText()).toBe('Seurantojen muistutukset ajettiin: 2 erääntynyttä seurantaa, 1 sähköposti.');
    expect(text(runButton(reminders))).toBe('Aja nyt : Seurantojen muistutukset');
    expect(runButton(reminders).getAttribute('aria-disabled')).not.toBe('true');
    expect(details(reminders)['Edellinen ajo']).toBe('2.3.2026 klo 14.34');
    expect(details(reminders)['Käynnistystapa']).toBe('Käsin');
    expect(details(reminders)['Tulos']).toBe('2 erääntynyttä seurantaa, 1 sähköposti');
    expect(text(reminders.querySelector('summary'))).toBe('Viimeisimmät ajot (4)');

    // The jobs are loaded again for the rest.
    const [refreshed, ...others] = allJobs();
    http
      .expectOne({ method: 'GET', url: JOBS_URL })
      .flush([
        { ...refreshed, nextRunAt: '2026-03-04T05:00:00.000Z', lastRun: run, recentRuns: [run] },
        ...others,
      ]);
    await stable();
    expect(details(reminders)['Seuraava ajo']).toBe('4.3.2026 klo 7.00');
  });

  it('says when the run itself failed and shows its error with the job', async () => {
    const page = await open();
    const digest = card(page, 'weekly-digest');

    runButton(digest).click();
    await stable();
    expect(text(overlay().querySelector('h2'))).toBe('Ajetaanko työ ”Viikkokooste” nyt?');
    dialogButton('Aja nyt').click();
    await stable();
    const failed = jobRunFixture({
      id: 'digest-failed',
      jobName: 'weekly-digest',
      trigger: 'manual',
      status: 'failed',
      result: null,
      error: 'Error: SMTP greeting never arrived',
    });
    http.expectOne({ method: 'POST', url: `${JOBS_URL}/weekly-digest/run` }).flush(failed);
    await stable();

    expect(snackBarText()).toBe('Viikkokooste epäonnistui. Virhe näkyy työn tiedoissa.');
    expect(details(digest)).toMatchObject({
      Tila: 'Epäonnistui',
      Virhe: 'Error: SMTP greeting never arrived',
    });
    http.expectOne({ method: 'GET', url: JOBS_URL }).flush(allJobs());
  });

  it('shows why the API refused to run a job, with that job, and lets the coordinator try again', async () => {
    const page = await open();
    const warnings = card(page, 'sla-warnings');

    runButton(warnings).click();
    await stable();
    dialogButton('Aja nyt').click();
    await stable();
    http
      .expectOne({ method: 'POST', url: `${JOBS_URL}/sla-warnings/run` })
      .flush({ status: 403, code: 'FORBIDDEN' }, { status: 403, statusText: 'Forbidden' });
    await stable();
    http.expectOne({ method: 'GET', url: JOBS_URL }).flush(allJobs());
    await stable();

    expect(text(warnings.querySelector('[role="alert"]'))).toBe('Sinulla ei ole oikeutta tähän toimintoon.');
    expect(card(page, 'follow-up-reminders').querySelector('[role="alert"] .alert')).toBeNull();
    expect(snackBarText()).toBe('');
    expect(runButton(warnings).getAttribute('aria-disabled')).not.toBe('true');
    // The last run shown is still the one before.
    expect(details(warnings)['Tila']).toBe('Epäonnistui');

    // A new try clears the message.
    runButton(warnings).click();
    await stable();
    dialogButton('Aja nyt').click();
    await stable();
    expect(text(warnings.querySelector('[role="alert"]'))).toBe('');
    http.expectOne({ method: 'POST', url: `${JOBS_URL}/sla-warnings/run` }).flush(
      jobRunFixture({
        id: 'warnings-manual',
        jobName: 'sla-warnings',
        trigger: 'manual',
        result: { warnings: 0, emails: 0 },
      }),
    );
    await stable();
    expect(snackBarText()).toBe('Palvelutasovaroitukset ajettiin: 0 varoitusta, 0 sähköpostia.');
    http.expectOne({ method: 'GET', url: JOBS_URL }).flush(allJobs());
  });

  it('says so and offers to try again when the jobs cannot be loaded', async () => {
    await harness.navigateByUrl('/admin/jobs');
    http
      .expectOne({ method: 'GET', url: JOBS_URL })
      .flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    await stable();
    const page = harness.routeNativeElement as HTMLElement;

    const alert = page.querySelector('.alert[role="alert"]');
    expect(text(alert?.querySelector('p'))).toBe(
      'Ajastettuja töitä ei voitu ladata. Jokin meni vikaan. Yritä hetken kuluttua uudelleen.',
    );
    expect(text(alert?.querySelector('button'))).toBe('Yritä uudelleen');
    alert?.querySelector('button')?.click();
    await stable();
    http.expectOne({ method: 'GET', url: JOBS_URL }).flush(allJobs());
    await stable();
    expect(page.querySelector('.alert[role="alert"]')).toBeNull();
    expect(page.querySelectorAll('crm-job-card')).toHaveLength(5);
  });

  it('follows a change of language, the run results included', async () => {
    const page = await open();

    await TestBed.inject(LanguageService).use('sv');
    await stable();

    expect(text(page.querySelector('h1'))).toBe('Schemalagda jobb');
    expect(details(card(page, 'follow-up-reminders'))).toMatchObject({
      Schema: 'Varje dag kl. 7.00 | cron 0 7 * * *',
      Startsätt: 'Enligt schemat',
      Resultat: '5 förfallna uppföljningar, 3 e-postmeddelanden',
    });
  });
});
