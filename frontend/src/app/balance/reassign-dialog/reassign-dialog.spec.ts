import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, Injector } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { firstValueFrom } from 'rxjs';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import { registerLocales } from '../../core/i18n/register-locales';
import { agentRows } from '../agent-rows';
import { BalanceStore } from '../balance.store';
import {
  DASHBOARD_URL,
  ELINA_ID,
  OLDEST_ID,
  REGIONS_URL,
  dashboardFixture,
  provideBalanceTranslocoTesting,
  queueItemFixture,
  regionsPage,
  requestFixture,
  settle,
  text,
} from '../testing/balance-testing';
import { ReassignDialog, type ReassignDialogData, type ReassignDialogOutcome } from './reassign-dialog';

@Component({ selector: 'crm-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {}

const REQUEST_URL = `/api/v1/requests/${OLDEST_ID}`;
const ASSIGNMENT_URL = `${REQUEST_URL}/assignment`;
const REGION_NAMES: Readonly<Record<string, string>> = { '01': 'Uusimaa', '17': 'Pohjois-Pohjanmaa' };

describe('ReassignDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DialogHost>;
  let closed: Promise<ReassignDialogOutcome | undefined>;

  beforeAll(() => registerLocales());

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function rendered(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  async function open(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideBalanceTranslocoTesting(),
        provideNoMaterialAnimations(),
        BalanceStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    // The page has loaded the dashboard (and the region names) before the dialog opens.
    const loading = TestBed.inject(BalanceStore).load();
    http.expectOne(REGIONS_URL).flush(regionsPage());
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await loading;
    fixture = TestBed.createComponent(DialogHost);
    const agents = agentRows(dashboardFixture().agents, (code) => REGION_NAMES[code] ?? code);
    const reference = TestBed.inject(MatDialog).open<
      ReassignDialog,
      ReassignDialogData,
      ReassignDialogOutcome
    >(ReassignDialog, { data: { item: queueItemFixture(), agents }, injector: TestBed.inject(Injector) });
    closed = firstValueFrom(reference.afterClosed());
    await rendered();
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!element) {
      throw new Error('No dialog open');
    }
    return element;
  }

  function formField(label: string): HTMLElement {
    const found = Array.from(dialog().querySelectorAll<HTMLElement>('mat-form-field')).find((candidate) =>
      text(candidate.querySelector('mat-label')).startsWith(label),
    );
    if (!found) {
      throw new Error(`No field "${label}"`);
    }
    return found;
  }

  async function type(label: string, value: string): Promise<void> {
    const textarea = formField(label).querySelector('textarea');
    if (!textarea) {
      throw new Error(`No text area in "${label}"`);
    }
    textarea.value = value;
    textarea.dispatchEvent(new Event('input'));
    textarea.dispatchEvent(new Event('blur'));
    await rendered();
  }

  function button(name: string): HTMLButtonElement | undefined {
    return Array.from(dialog().querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => text(candidate) === name,
    );
  }

  async function submit(): Promise<void> {
    button('Siirrä')?.click();
    await rendered();
  }

  async function agentSelect(): Promise<MatSelectHarness> {
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return loader.getHarness(MatSelectHarness);
  }

  async function chooseElina(): Promise<void> {
    const select = await agentSelect();
    await select.open();
    await select.clickOptions({ text: /^Elina Pesonen/ });
    await rendered();
  }

  /** The alert's paragraphs, one after the other. */
  function alertText(): string {
    const paragraphs = Array.from(dialog().querySelectorAll('[role="alert"] p'));
    return paragraphs.map((paragraph) => text(paragraph)).join(' ');
  }

  function errorOf(label: string): string {
    return text(formField(label).querySelector('mat-error'));
  }

  it('names the request and offers the agents with their current load', async () => {
    await open();

    expect(text(dialog().querySelector('h2'))).toBe('Siirrä tukipyyntö #584');
    expect(text(dialog())).toContain('Markkinavuoropuhelu ateriapalveluista');
    const select = await agentSelect();
    await select.open();
    const options = await Promise.all((await select.getOptions()).map((option) => option.getText()));
    expect(options).toEqual([
      'Aino Lehtinen (Uusimaa) – avoimia 3, 37,8 / 60 h',
      'Elina Pesonen (Pohjois-Pohjanmaa) – avoimia 3, 36,3 / 48 h',
      'Ville Kangas (Ei maakuntaa tänään) – avoimia 0, 59,8 / 20 h, yli työajan',
    ]);
    await select.close();
  });

  it('checks the fields before sending anything', async () => {
    await open();

    await submit();
    expect(errorOf('Muutosagentti')).toBe('Pakollinen tieto.');
    expect(alertText()).toBe('Tarkista merkityt kentät.');

    await chooseElina();
    await type('Syy', ' ok ');
    await submit();
    expect(errorOf('Syy')).toBe('Vähintään 3 merkkiä.');
    await type('Syy', 'x'.repeat(1001));
    await submit();
    expect(errorOf('Syy')).toBe('Enintään 1000 merkkiä.');
    // Nothing was sent (http.verify() in afterEach fails on any request).
  });

  it('assigns with a standard reason when none is given, waits for the answer and closes', async () => {
    await open();
    await chooseElina();
    await submit();

    expect(button('Siirrä')?.disabled).toBe(true);
    http.expectOne({ method: 'GET', url: REQUEST_URL }).flush(requestFixture({ version: 4 }));
    await settle();
    const assignment = http.expectOne({ method: 'POST', url: ASSIGNMENT_URL });
    expect(assignment.request.body).toEqual({
      agentUserId: ELINA_ID,
      reason: 'Osoitettu jonosta.',
      version: 4,
    });
    assignment.flush(
      requestFixture({
        status: 'assigned',
        assignedAgent: { userId: ELINA_ID, displayName: 'Elina Pesonen' },
      }),
    );
    await settle();
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());

    expect(await closed).toEqual({ number: 584, agentName: 'Elina Pesonen' });
  });

  it('sends the reason given, trimmed', async () => {
    await open();
    await chooseElina();
    await type('Syy', '  Lähin vapaa muutosagentti  ');
    await submit();

    http.expectOne(REQUEST_URL).flush(requestFixture());
    await settle();
    const assignment = http.expectOne(ASSIGNMENT_URL);
    expect(assignment.request.body.reason).toBe('Lähin vapaa muutosagentti');
    assignment.flush(requestFixture({ assignedAgent: { userId: ELINA_ID, displayName: 'Elina Pesonen' } }));
    await settle();
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await closed;
  });

  it('shows the problem and the server’s detail, and stays open', async () => {
    await open();
    await chooseElina();
    await submit();

    http.expectOne(REQUEST_URL).flush(requestFixture());
    await settle();
    http.expectOne(ASSIGNMENT_URL).flush(
      {
        status: 409,
        code: 'REQUEST_NOT_OPEN',
        detail: 'The request is closed or cancelled, so it cannot be reassigned.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await rendered();

    expect(alertText()).toBe(
      'Tukipyyntö on suljettu tai peruttu, joten sitä ei voi siirtää. ' +
        'Palvelimen selitys: The request is closed or cancelled, so it cannot be reassigned.',
    );
    expect(button('Siirrä')?.disabled).toBe(false);
  });

  it('puts the server’s field errors on their fields', async () => {
    await open();
    await chooseElina();
    await submit();

    http.expectOne(REQUEST_URL).flush(requestFixture());
    await settle();
    http.expectOne(ASSIGNMENT_URL).flush(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'The request is already assigned to this agent',
        errors: [{ field: 'agentUserId', code: 'alreadyAssigned', message: 'Already assigned' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await rendered();

    expect(errorOf('Muutosagentti')).toBe('Tarkista tämä tieto.');
    expect(alertText()).toBe(
      'Tarkista merkityt kentät. Palvelimen selitys: The request is already assigned to this agent',
    );
  });

  it('tells when the request has left the queue meanwhile, and offers nothing more to do', async () => {
    await open();
    await chooseElina();
    await submit();

    http
      .expectOne(REQUEST_URL)
      .flush(
        requestFixture({ status: 'assigned', assignedAgent: { userId: 'x', displayName: 'Aino Lehtinen' } }),
      );
    await settle();
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await rendered();

    expect(alertText()).toBe(
      'Tukipyyntö ei ole enää jonossa: se osoitettiin sillä välin muutosagentille Aino Lehtinen.',
    );
    expect(button('Siirrä')).toBeUndefined();
    button('Peruuta')?.click();
    expect(await closed).toBeUndefined();
  });
});
