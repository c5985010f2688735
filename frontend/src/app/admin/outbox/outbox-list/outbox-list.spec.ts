import { type HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle } from '../../../../testing/account-fixtures';
import { provideNoMaterialAnimations } from '../../../../testing/material-testing';
import { provideTranslocoTesting } from '../../../../testing/transloco-testing';
import type { OutboxEmailDto } from '../../../core/api/generated/models/outbox-email-dto';
import { registerLocales } from '../../../core/i18n/register-locales';
import { ADMIN_ROUTES } from '../../admin.routes';
import { EMAIL_ID, outboxEmailFixture } from '../testing/outbox-fixtures';

const FAILED_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const CAPTURED_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const LONG_ERROR =
  `connect ECONNREFUSED 127.0.0.1:2525 ${'while greeting the SMTP server '.repeat(4)}`.trim();

describe('OutboxList', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeAll(() => registerLocales());

  beforeEach(async () => {
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
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  });

  afterEach(() => http.verify());

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await stable();
    return harness.routeNativeElement as HTMLElement;
  }

  function flushList(expectedParams: string, items: OutboxEmailDto[], total = items.length): void {
    const request = http.expectOne(`/api/v1/outbox-emails?${expectedParams}`);
    expect(request.request.method).toBe('GET');
    request.flush({ items, total, page: 1, pageSize: 25 });
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function row(page: HTMLElement, id: string): HTMLTableRowElement | null {
    return page.querySelector<HTMLTableRowElement>(`tr[data-id="${id}"]`);
  }

  it('lists the emails of the status and page in the address, in Helsinki time with written-out states', async () => {
    const page = await open('/admin/outbox?status=sent&page=2');
    flushList('page=2&pageSize=25&status=sent', [outboxEmailFixture()], 26);
    await stable();

    expect(text(page.querySelector('h1'))).toBe('Lähtevä sähköposti');
    expect(text(page.querySelector('[role="status"]'))).toBe('Sähköposteja: 26');
    const region = page.querySelector('.table-scroll');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Lähtevän sähköpostin taulukko');
    const cells = Array.from(row(page, EMAIL_ID)?.querySelectorAll('td') ?? []).map((cell) => text(cell));
    expect(cells).toEqual([
      '2.3.2026 klo 10.15',
      'frida@example.fi',
      'Svenska',
      'Pyyntö vastaanotettu (pyytäjälle)',
      'Din begäran KEINO-2026-0001 har tagits emot',
      'Lähetetty',
      '1',
      'Lähetetty 2.3.2026 klo 10.15',
      '',
    ]);
    expect(row(page, EMAIL_ID)?.querySelector('.badge')?.textContent?.trim()).toBe('Lähetetty');
    expect(row(page, EMAIL_ID)?.querySelector('a')?.getAttribute('href')).toBe(`/admin/outbox/${EMAIL_ID}`);
    // The subject is in the recipient's language, not the page's.
    expect(row(page, EMAIL_ID)?.querySelector('a')?.getAttribute('lang')).toBe('sv');
    expect(page.querySelector('.captured-note')).toBeNull();
  });

  it('names each state, falls back to an unknown template’s own name and explains captured email', async () => {
    const page = await open('/admin/outbox');
    flushList('page=1&pageSize=25', [
      outboxEmailFixture({
        id: FAILED_ID,
        template: 'newsletter',
        language: 'fi',
        status: 'pending',
        attempts: 3,
        sentAt: null,
        nextAttemptAt: '2026-03-02T09:00:00.000Z',
        lastError: LONG_ERROR,
      }),
      outboxEmailFixture({ id: CAPTURED_ID, template: 'password_setup', status: 'captured', sentAt: null }),
    ]);
    await stable();

    const pending = row(page, FAILED_ID);
    expect(text(pending?.querySelector('.badge'))).toBe('Jonossa');
    expect(text(pending)).toContain('newsletter');
    expect(text(pending)).toContain('Seuraava yritys 2.3.2026 klo 11.00');
    const error = pending?.querySelector('details');
    expect(text(error?.querySelector('summary'))).toBe(`${LONG_ERROR.slice(0, 60)}…`);
    expect(text(error?.querySelector('.full-error'))).toBe(LONG_ERROR);

    const captured = row(page, CAPTURED_ID);
    expect(text(captured?.querySelector('.badge'))).toBe('Tallennettu, ei lähetetty');
    expect(text(captured)).toContain('Salasanan asetuslinkki');
    expect(text(captured)).toContain('Ei uusia yrityksiä');
    expect(text(page.querySelector('.captured-note'))).toBe(
      'SMTP-palvelinta ei ole määritetty: sähköposti tallennetaan tänne eikä sitä lähetetä.',
    );
  });

  it('puts a chosen status into the address and lists again from the first page', async () => {
    await open('/admin/outbox?page=3');
    flushList('page=3&pageSize=25', [outboxEmailFixture()], 80);
    await stable();

    const status = await loader.getHarness(MatSelectHarness);
    expect(await status.getValueText()).toBe('Kaikki tilat');
    await status.open();
    expect((await status.getOptions()).length).toBe(6);
    await status.clickOptions({ text: 'Epäonnistui' });
    await stable();

    expect(TestBed.inject(Router).url).toBe('/admin/outbox?status=failed');
    flushList('page=1&pageSize=25&status=failed', []);
    await stable();
    expect(text(harness.routeNativeElement?.querySelector('tbody'))).toBe(
      'Valitulla rajauksella ei löytynyt sähköposteja.',
    );

    await status.open();
    await status.clickOptions({ text: 'Kaikki tilat' });
    await stable();
    expect(TestBed.inject(Router).url).toBe('/admin/outbox');
    flushList('page=1&pageSize=25', []);
  });

  it('pages through the server’s pages, keeping the status', async () => {
    await open('/admin/outbox?status=pending');
    flushList('page=1&pageSize=25&status=pending', [outboxEmailFixture({ status: 'pending' })], 60);
    await stable();

    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    await stable();

    expect(TestBed.inject(Router).url).toBe('/admin/outbox?status=pending&page=2');
    flushList('page=2&pageSize=25&status=pending', [], 60);
  });

  it('says so and offers to try again when the list cannot be loaded', async () => {
    const page = await open('/admin/outbox');
    http
      .expectOne('/api/v1/outbox-emails?page=1&pageSize=25')
      .flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    await stable();

    const alert = page.querySelector('[role="alert"]');
    expect(text(alert)).toContain('Lähtevää sähköpostia ei voitu ladata.');
    alert?.querySelector('button')?.click();
    await stable();
    flushList('page=1&pageSize=25', []);
  });
});
