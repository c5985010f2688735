import { type HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { PublicRequestSubmissionDto } from '../../core/api/generated/models/public-request-submission-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import { PUBLIC_REQUEST_ROUTES } from '../public-request.routes';
import {
  CPV_DIVISIONS_URL,
  CPV_DIVISION_DTOS,
  HELSINKI_UNIT,
  SUBMIT_URL,
  THEMES_URL,
  THEME_DTOS,
  providePublicRequestTranslocoTesting,
  settle,
} from '../testing/public-request-testing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const EXPECTED_BODY: PublicRequestSubmissionDto = {
  unitId: HELSINKI_UNIT.id,
  requester: { name: 'Maija Meikäläinen', email: 'maija@example.fi', language: 'fi' },
  title: 'Vähähiilinen koulurakennus',
  description: 'Haluamme asettaa uuden koulun hiilijalanjäljelle rajan. Miten se kannattaa tehdä?',
  themeCodes: ['climate_low_carbon'],
  cpvCode: '45214200-2',
  procurementStage: 'market_dialogue',
  urgency: 'normal',
};

describe('PublicRequestForm', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let page: HTMLElement;

  beforeAll(() => registerLocales());

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        providePublicRequestTranslocoTesting(),
        provideRouter([{ path: 'request', children: PUBLIC_REQUEST_ROUTES }], withComponentInputBinding()),
        provideNoMaterialAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/request');
    http.expectOne(THEMES_URL).flush({ items: THEME_DTOS, total: 3, page: 1, pageSize: 100 });
    http.expectOne(CPV_DIVISIONS_URL).flush({ items: CPV_DIVISION_DTOS, total: 2, page: 1, pageSize: 100 });
    await settle();
    await harness.fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function fillIn(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      const input = await loader.getHarness(
        MatInputHarness.with({ selector: `[formControlName="${name}"]` }),
      );
      await input.setValue(value);
    }
  }

  async function chooseUnit(): Promise<void> {
    const autocomplete = await loader.getHarness(
      MatAutocompleteHarness.with({ selector: '[formControlName="unit"]' }),
    );
    await autocomplete.enterText('hels');
    // The search waits for the typing to pause.
    await new Promise((resolve) => setTimeout(resolve, 300));
    http.expectOne('/api/v1/public/units?q=hels').flush([HELSINKI_UNIT]);
    await harness.fixture.whenStable();
    // The panel shows options that arrive later after a timeout of its own.
    await settle();
    await autocomplete.selectOption({ text: 'Helsingin kaupunki (0201256-6)' });
  }

  async function fillValidRequest(): Promise<void> {
    await chooseUnit();
    await fillIn({
      name: 'Maija Meikäläinen',
      email: 'maija@example.fi',
      title: EXPECTED_BODY.title,
      description: EXPECTED_BODY.description,
      cpvCode: '45214200-2',
    });
    const theme = await loader.getHarness(MatCheckboxHarness.with({ label: 'Ilmasto ja vähähiilisyys' }));
    await theme.check();
    const stage = await loader.getHarness(
      MatSelectHarness.with({ selector: '[formControlName="procurementStage"]' }),
    );
    await stage.open();
    await stage.clickOptions({ text: 'Markkinavuoropuhelu' });
  }

  async function submit(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();
  }

  function submission(): TestRequest {
    return http.expectOne({ method: 'POST', url: SUBMIT_URL });
  }

  function errorOf(name: string): string {
    const field = page.querySelector(`[formControlName="${name}"]`)?.closest('mat-form-field');
    return field?.querySelector('mat-error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function text(selector: string): string {
    return page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('sends the request with an Idempotency-Key and confirms it, moving focus to the confirmation', async () => {
    await fillValidRequest();

    await submit();
    const request = submission();
    expect(request.request.body).toEqual(EXPECTED_BODY);
    expect(request.request.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
    request.flush({ number: 1042, language: 'fi' }, { status: 201, statusText: 'Created' });
    await settle();
    await harness.fixture.whenStable();

    const heading = page.querySelector('#crm-public-request-received');
    expect(heading?.textContent?.trim()).toBe('Pyyntö #1042 vastaanotettu');
    expect(text('.received p')).toBe(
      'Lähetimme osoitteeseen maija@example.fi suomeksi sähköpostin, jossa on henkilökohtainen linkki. ' +
        'Linkistä voit seurata pyyntöäsi.',
    );
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(heading);
  });

  it('keeps the Idempotency-Key when the user retries after a network error, and makes a new one afterwards', async () => {
    await fillValidRequest();

    await submit();
    const first = submission();
    const key = first.request.headers.get('Idempotency-Key');
    first.error(new ProgressEvent('error'));
    await settle();
    await harness.fixture.whenStable();
    expect(text('[role="alert"]')).toBe(
      'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    );

    await submit();
    const retry = submission();
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    expect(retry.request.body).toEqual(EXPECTED_BODY);
    retry.flush({ number: 1042, language: 'fi' }, { status: 200, statusText: 'OK' });
    await settle();
    await harness.fixture.whenStable();
    expect(text('#crm-public-request-received')).toBe('Pyyntö #1042 vastaanotettu');

    Array.from(page.querySelectorAll<HTMLButtonElement>('button'))
      .find((button) => button.textContent?.trim() === 'Lähetä uusi pyyntö')
      ?.click();
    await harness.fixture.whenStable();
    await fillIn({ title: 'Toinen pyyntö', description: 'Tarvitsemme apua myös toisessa hankinnassa.' });
    const theme = await loader.getHarness(MatCheckboxHarness.with({ label: 'Kiertotalous' }));
    await theme.check();
    const stage = await loader.getHarness(
      MatSelectHarness.with({ selector: '[formControlName="procurementStage"]' }),
    );
    await stage.open();
    await stage.clickOptions({ text: 'Kilpailutus' });
    await submit();
    const next = submission();
    expect(next.request.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(next.request.headers.get('Idempotency-Key')).not.toBe(key);
    // The organisation and the requester stay for the next request.
    expect(next.request.body).toMatchObject({ unitId: HELSINKI_UNIT.id, requester: EXPECTED_BODY.requester });
    next.flush({ number: 1043, language: 'fi' }, { status: 201, statusText: 'Created' });
    await settle();
  });

  it('hides the honeypot from people and leaves it out of the request while it is empty', async () => {
    const honeypot = page.querySelector<HTMLInputElement>('input[name="website"]');
    expect(honeypot?.getAttribute('tabindex')).toBe('-1');
    expect(honeypot?.getAttribute('autocomplete')).toBe('off');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(honeypot?.value).toBe('');

    await fillValidRequest();
    await submit();
    const request = submission();
    expect(request.request.body).not.toHaveProperty('website');
    request.flush({ number: 1042, language: 'fi' }, { status: 201, statusText: 'Created' });
    await settle();
  });

  it('sends what a bot put in the honeypot, for the server to discard', async () => {
    await fillValidRequest();
    const honeypot = page.querySelector<HTMLInputElement>('input[name="website"]');
    if (!honeypot) {
      throw new Error('no honeypot');
    }
    honeypot.value = 'https://spam.example';
    honeypot.dispatchEvent(new Event('input'));

    await submit();
    const request = submission();
    expect(request.request.body).toMatchObject({ website: 'https://spam.example' });
    request.flush({ number: 5555, language: 'fi' }, { status: 201, statusText: 'Created' });
    await settle();
  });

  it('checks the fields before sending', async () => {
    await submit();

    http.expectNone({ method: 'POST', url: SUBMIT_URL });
    expect(errorOf('unit')).toBe('Pakollinen tieto.');
    expect(errorOf('name')).toBe('Pakollinen tieto.');
    expect(errorOf('title')).toBe('Pakollinen tieto.');
    expect(errorOf('procurementStage')).toBe('Pakollinen tieto.');
    expect(text('#crm-public-request-themes-error')).toBe('Valitse vähintään yksi teema.');
    expect(text('[role="alert"]')).toBe('Tarkista merkityt kentät.');

    await fillIn({ email: 'maija@', cpvCode: '452' });
    await submit();
    expect(errorOf('email')).toBe('Anna sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.');
    expect(errorOf('cpvCode')).toBe('Anna CPV-pääryhmä (45) tai CPV-koodi, esimerkiksi 45214200-2.');
    http.expectNone({ method: 'POST', url: SUBMIT_URL });
  });

  it('shows the server field errors on the matching fields', async () => {
    await fillValidRequest();

    await submit();
    submission().flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        requestId: 'r1',
        errors: [
          { field: 'requester.email', code: 'isEmail', message: 'email must be an email address' },
          { field: 'unitId', code: 'unknownUnit', message: 'No such unit' },
          { field: 'themeCodes', code: 'unknownTheme', message: 'No theme x' },
          { field: 'cpvCode', code: 'unknownCpvDivision', message: 'No CPV division 45' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    await harness.fixture.whenStable();

    expect(errorOf('email')).toBe('Anna sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.');
    expect(errorOf('unit')).toBe('Organisaatiota ei löytynyt. Valitse se uudelleen tai kuvaa se itse.');
    expect(errorOf('cpvCode')).toBe('Tällaista CPV-pääryhmää ei ole.');
    expect(text('#crm-public-request-themes-error')).toBe('Valittua teemaa ei enää ole. Valitse uudelleen.');
    expect(text('[role="alert"]')).toBe('Tarkista merkityt kentät.');
  });

  it.each([
    ['120', 'Osoitteestasi on lähetetty liian monta pyyntöä. Yritä uudelleen 2 minuutin kuluttua.'],
    ['30', 'Osoitteestasi on lähetetty liian monta pyyntöä. Yritä uudelleen minuutin kuluttua.'],
    [null, 'Osoitteestasi on lähetetty liian monta pyyntöä. Yritä myöhemmin uudelleen.'],
  ])('tells about too many submissions (Retry-After %p)', async (retryAfter, message) => {
    await fillValidRequest();

    await submit();
    submission().flush(
      { status: 429, code: 'TOO_MANY_REQUESTS', title: 'Too many submissions' },
      {
        status: 429,
        statusText: 'Too Many Requests',
        headers: retryAfter ? { 'Retry-After': retryAfter } : {},
      },
    );
    await settle();
    await harness.fixture.whenStable();

    expect(text('[role="alert"]')).toBe(message);
  });

  it('describes an organisation that is not in the list instead of choosing one', async () => {
    const notListed = await loader.getHarness(
      MatCheckboxHarness.with({ label: 'Organisaationi ei ole listalla' }),
    );
    await notListed.check();
    expect(page.querySelector('[formControlName="unit"]')).toBeNull();
    expect(text('.mat-mdc-form-field-hint-wrapper')).toContain('KEINOn koordinaattoreiden jonoon');

    await fillIn({
      unitDescription: 'Esimerkkilän kunta, 1234567-8',
      name: 'Maija Meikäläinen',
      email: 'maija@example.fi',
      title: EXPECTED_BODY.title,
      description: EXPECTED_BODY.description,
    });
    const theme = await loader.getHarness(MatCheckboxHarness.with({ label: 'Kiertotalous' }));
    await theme.check();
    const stage = await loader.getHarness(
      MatSelectHarness.with({ selector: '[formControlName="procurementStage"]' }),
    );
    await stage.open();
    await stage.clickOptions({ text: 'Arviointi' });
    await submit();

    const request = submission();
    expect(request.request.body).toEqual({
      unitDescription: 'Esimerkkilän kunta, 1234567-8',
      requester: EXPECTED_BODY.requester,
      title: EXPECTED_BODY.title,
      description: EXPECTED_BODY.description,
      themeCodes: ['circular_economy'],
      procurementStage: 'evaluation',
      urgency: 'normal',
    });
    request.flush({ number: 1044, language: 'fi' }, { status: 201, statusText: 'Created' });
    await settle();
  });

  it('offers the emails in the interface language and shows how many characters are left', async () => {
    const language = await loader.getHarness(
      MatSelectHarness.with({ selector: '[formControlName="language"]' }),
    );
    expect(await language.getValueText()).toBe('Suomi');

    await fillIn({ description: 'Lyhyt kuvaus' });
    expect(page.textContent).toContain('9988 merkkiä jäljellä');
  });
});
