import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle } from '../../../../testing/account-fixtures';
import { provideNoMaterialAnimations } from '../../../../testing/material-testing';
import { provideTranslocoTesting } from '../../../../testing/transloco-testing';
import { registerLocales } from '../../../core/i18n/register-locales';
import { ADMIN_ROUTES } from '../../admin.routes';
import { EMAIL_ID, outboxEmailDetailFixture, outboxEmailFixture } from '../testing/outbox-fixtures';

describe('OutboxEmail', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

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
  });

  afterEach(() => http.verify());

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  async function open(): Promise<HTMLElement> {
    await harness.navigateByUrl(`/admin/outbox/${EMAIL_ID}`);
    await stable();
    return harness.routeNativeElement as HTMLElement;
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('shows the headers and the plain text, with its web addresses as links', async () => {
    const page = await open();
    http.expectOne(`/api/v1/outbox-emails/${EMAIL_ID}`).flush(outboxEmailDetailFixture());
    await stable();

    expect(text(page.querySelector('h1'))).toBe('Din begäran KEINO-2026-0001 har tagits emot');
    const details = Array.from(page.querySelectorAll('dt')).map((term) => [
      text(term),
      text(term.nextElementSibling),
    ]);
    expect(details).toEqual([
      ['Vastaanottaja', 'frida@example.fi'],
      ['Aihe', 'Din begäran KEINO-2026-0001 har tagits emot'],
      ['Kieli', 'Svenska'],
      ['Viestin tyyppi', 'Pyyntö vastaanotettu (pyytäjälle) (request-confirmation)'],
      ['Tila', 'Lähetetty'],
      ['Luotu', '2.3.2026 klo 10.15'],
      ['Yrityksiä', '1'],
      ['Lähetetty', '2.3.2026 klo 10.15'],
    ]);

    const body = page.querySelector('pre');
    expect(body?.textContent).toBe(outboxEmailDetailFixture().textBody);
    const links = Array.from(body?.querySelectorAll('a') ?? []);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://keino.example/public/requests/status?token=abc',
    ]);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders the text as text, never as markup', async () => {
    const page = await open();
    http
      .expectOne(`/api/v1/outbox-emails/${EMAIL_ID}`)
      .flush(outboxEmailDetailFixture({ textBody: 'Hi <b>there</b> <img src=x onerror=alert(1)>' }));
    await stable();

    const body = page.querySelector('pre');
    expect(body?.textContent).toBe('Hi <b>there</b> <img src=x onerror=alert(1)>');
    expect(body?.querySelector('b, img')).toBeNull();
  });

  it('links back to the list with the filter and page it was opened from', async () => {
    await harness.navigateByUrl('/admin/outbox?status=captured&page=2');
    await stable();
    http
      .expectOne('/api/v1/outbox-emails?page=2&pageSize=25&status=captured')
      .flush({ items: [outboxEmailFixture({ status: 'captured' })], total: 30, page: 2, pageSize: 25 });
    await stable();

    harness.routeNativeElement
      ?.querySelector<HTMLAnchorElement>(`a[href="/admin/outbox/${EMAIL_ID}"]`)
      ?.click();
    await stable();
    http
      .expectOne(`/api/v1/outbox-emails/${EMAIL_ID}`)
      .flush(outboxEmailDetailFixture({ status: 'captured', sentAt: null }));
    await stable();

    const page = harness.routeNativeElement as HTMLElement;
    expect(text(page.querySelector('.captured-note'))).toContain('SMTP-palvelinta ei ole määritetty');
    const back = page.querySelector('a.text-link');
    expect(text(back)).toBe('← Takaisin lähtevään sähköpostiin');
    expect(back?.getAttribute('href')).toBe('/admin/outbox?status=captured&page=2');
  });

  it('says when the email does not exist', async () => {
    const page = await open();
    http
      .expectOne(`/api/v1/outbox-emails/${EMAIL_ID}`)
      .flush({ status: 404, code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await stable();

    expect(text(page.querySelector('h1'))).toBe('Sähköposti');
    expect(text(page.querySelector('[role="alert"]'))).toBe('Sähköpostia ei löytynyt.');
  });
});
