import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, DOCUMENT, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { ActivityRequestRefDto } from '../../core/api/generated/models/activity-request-ref-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog/confirm-dialog';
import {
  ACTIVITY_ID,
  AGENTS_URL,
  AGENT_DTOS,
  LAST_USED_URL,
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
  text,
} from '../testing/activities-testing';
import { LogActivityButton } from './log-activity-button';
import { QuickLog } from './quick-log';
import { QuickLogLauncher } from './quick-log-launcher';

const UNIT = { id: UNIT_ID, nameFi: 'Tampereen kaupunki', nameSv: 'Tammerfors stad', regionCode: '06' };
const REQUEST: ActivityRequestRefDto = { id: REQUEST_ID, number: 1042, title: 'Kiertotalouskriteerit' };

@Component({
  template: `
    <crm-log-activity-button [unitIds]="unitIds()" [request]="request()" (logged)="logged.set($event)" />
    <crm-quick-log-launcher />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LogActivityButton, QuickLogLauncher],
})
class Host {
  readonly unitIds = signal<readonly string[]>([]);
  readonly request = signal<ActivityRequestRefDto | null>(null);
  readonly logged = signal<ActivityDto | null>(null);
}

describe('QuickLogDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;

  beforeAll(() => registerLocales());

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  async function render(role: MeDto['role'] = 'agent'): Promise<void> {
    http = await setUpActivities(role);
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  }

  async function rendered(): Promise<void> {
    await settle();
    await fixture.whenStable();
    await settle();
  }

  /** Answers what opening the dialog asks for: the caller's last entry, the units named, themes, agents. */
  async function answerOpening(
    options: { lastUsed?: readonly ActivityDto[] | null; unitIds?: readonly string[]; agents?: boolean } = {},
  ): Promise<void> {
    const { lastUsed = [activityFixture({ type: 'workshop', durationMinutes: 120 })], unitIds = [] } =
      options;
    if (lastUsed) {
      http.expectOne(LAST_USED_URL).flush(page(lastUsed, lastUsed.length, 1));
    }
    for (const id of unitIds) {
      http.expectOne(`/api/v1/units/${id}`).flush({ ...UNIT, id, businessId: '0211675-2' });
    }
    await rendered();
    http.expectOne(THEMES_URL).flush(page(THEME_DTOS));
    if (options.agents) {
      http.expectOne(AGENTS_URL).flush(page(AGENT_DTOS));
    }
    await rendered();
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('crm-quick-log-dialog');
    if (!element) {
      throw new Error('No quick-log dialog open');
    }
    return element;
  }

  function field(label: string): HTMLInputElement | HTMLTextAreaElement {
    const formField = Array.from(dialog().querySelectorAll('mat-form-field')).find(
      (candidate) => text(candidate.querySelector('mat-label')) === label,
    );
    const control = formField?.querySelector<HTMLInputElement | HTMLTextAreaElement>('textarea, input');
    if (!control) {
      throw new Error(`No field "${label}"`);
    }
    return control;
  }

  function errorOf(label: string): string {
    const formField = Array.from(dialog().querySelectorAll('mat-form-field')).find((candidate) =>
      text(candidate.querySelector('mat-label')).startsWith(label),
    );
    return text(formField?.querySelector('mat-error'));
  }

  function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    control.value = value;
    control.dispatchEvent(new Event('input'));
  }

  function chip(name: string): HTMLElement {
    const found = Array.from(dialog().querySelectorAll<HTMLElement>('mat-chip-option')).find(
      (candidate) => text(candidate) === name,
    );
    if (!found) {
      throw new Error(`No chip "${name}"`);
    }
    return found;
  }

  function isSelected(element: HTMLElement): boolean {
    return element.querySelector('[role="option"]')?.getAttribute('aria-selected') === 'true';
  }

  async function select(label: string, option: string): Promise<void> {
    const found = await selectByLabel(label);
    await found.open();
    await found.clickOptions({ text: option });
    await rendered();
  }

  async function selectByLabel(label: string): Promise<MatSelectHarness> {
    const formField = Array.from(dialog().querySelectorAll('mat-form-field')).find(
      (candidate) => text(candidate.querySelector('mat-label')) === label,
    );
    const id = formField?.querySelector('mat-select')?.id;
    if (!id) {
      throw new Error(`No select "${label}"`);
    }
    return loader.getHarness(MatSelectHarness.with({ selector: `#${id}` }));
  }

  function pressCtrlEnter(target: Element): void {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
  }

  function submitButton(): HTMLButtonElement {
    const button = dialog().querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!button) {
      throw new Error('No submit button');
    }
    return button;
  }

  function expectCreate(): TestRequest {
    return http.expectOne({ method: 'POST', url: '/api/v1/activities' });
  }

  function snackBarText(): string {
    return text(document.querySelector('mat-snack-bar-container'));
  }

  function openFromButton(): void {
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      'crm-log-activity-button button',
    );
    if (!button) {
      throw new Error('No "Log activity" button');
    }
    button.click();
  }

  it('starts with today, the type and length of the caller’s last entry and no follow-up', async () => {
    await render('agent');
    openFromButton();
    await answerOpening();

    expect(text(dialog().querySelector('h2'))).toBe('Kirjaa toiminta');
    expect(field('Päivämäärä').value).toBe(TEST_TODAY);
    expect(text(dialog().querySelector('mat-select[formcontrolname="type"]'))).toBe('Työpaja');
    expect(field('Kesto (min)').value).toBe('120');
    expect(isSelected(chip('120 min'))).toBe(true);
    expect(isSelected(chip('30 min'))).toBe(false);
    expect(text(dialog().querySelector('mat-select[formcontrolname="followUpIn"]'))).toBe('Ei seurantaa');
    expect(dialog().querySelector('mat-select[formcontrolname="agentUserId"]')).toBeNull();
    expect(dialog().querySelector('mat-chip-row')).toBeNull();
    // The keyboard starts at the date.
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(field('Päivämäärä'));
  });

  it('starts with a 30-minute advice call when the caller has logged nothing yet', async () => {
    await render('agent');
    openFromButton();
    await answerOpening({ lastUsed: [] });

    expect(text(dialog().querySelector('mat-select[formcontrolname="type"]'))).toBe('Neuvontapuhelu');
    expect(field('Kesto (min)').value).toBe('30');
  });

  it('logs the activity with Ctrl+Enter, closes and says so', async () => {
    await render('agent');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID] });

    expect(text(dialog().querySelector('mat-chip-row'))).toContain('Tampereen kaupunki');
    chip('45 min').querySelector<HTMLElement>('[role="option"]')?.click();
    chip('Kiertotalous').querySelector<HTMLElement>('[role="option"]')?.click();
    type(field('Osallistujia'), '5');
    type(field('Muistiinpano'), '  Hankintastrategian kommentointi  ');
    await rendered();
    expect(field('Kesto (min)').value).toBe('45');
    pressCtrlEnter(field('Muistiinpano'));

    const create = expectCreate();
    expect(create.request.body).toEqual({
      date: TEST_TODAY,
      type: 'workshop',
      durationMinutes: 45,
      unitIds: [UNIT_ID],
      participantCount: 5,
      themeCodes: ['circular_economy'],
      requestId: null,
      note: 'Hankintastrategian kommentointi',
    });
    const logged = activityFixture({ date: TEST_TODAY, type: 'workshop', durationMinutes: 45 });
    create.flush(logged, { status: 201, statusText: 'Created' });
    await rendered();

    expect(document.querySelector('crm-quick-log-dialog')).toBeNull();
    expect(snackBarText()).toContain('Toiminta kirjattu.');
    expect(fixture.componentInstance.logged()).toEqual(logged);
  });

  it('adds the chosen follow-up about the new activity, with a note to start from', async () => {
    await render('agent');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID] });

    await select('Seuranta', '2 viikon päästä');
    expect(field('Mitä seurataan').value).toBe('Kysy, miten asia on edennyt.');
    submitButton().click();

    expectCreate().flush(activityFixture({ date: TEST_TODAY }), { status: 201, statusText: 'Created' });
    await rendered();
    const followUp = http.expectOne({ method: 'POST', url: '/api/v1/follow-ups' });
    expect(followUp.request.body).toEqual({
      activityId: ACTIVITY_ID,
      dueDate: '2026-12-04',
      note: 'Kysy, miten asia on edennyt.',
    });
    followUp.flush({}, { status: 201, statusText: 'Created' });
    await rendered();

    expect(document.querySelector('crm-quick-log-dialog')).toBeNull();
    expect(snackBarText()).toContain('Toiminta kirjattu ja seuranta lisätty.');
  });

  it('keeps the activity logged when the follow-up fails, and says so', async () => {
    await render('agent');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID] });
    await select('Seuranta', '1 viikon päästä');
    submitButton().click();

    expectCreate().flush(activityFixture({ date: TEST_TODAY }), { status: 201, statusText: 'Created' });
    await rendered();
    http
      .expectOne({ method: 'POST', url: '/api/v1/follow-ups' })
      .flush({ code: 'FORBIDDEN' }, { status: 403, statusText: 'Forbidden' });
    await rendered();

    expect(document.querySelector('crm-quick-log-dialog')).toBeNull();
    expect(snackBarText()).toContain('Toiminta kirjattu, mutta seurannan lisääminen epäonnistui.');
  });

  it('shows the server’s field errors on their fields and stays open', async () => {
    await render('agent');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID] });
    submitButton().click();

    expectCreate().flush(
      {
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'date', code: 'future', message: 'date must not be after today' },
          { field: 'unitIds', code: 'outsideRegions', message: 'Not in your regions: Tampereen kaupunki' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await rendered();

    expect(errorOf('Päivämäärä')).toBe('Päivämäärä ei voi olla tulevaisuudessa.');
    expect(errorOf('Hankintayksiköt')).toBe('Voit kirjata vain omien maakuntiesi yksiköille.');
    expect(text(dialog().querySelector('[role="alert"]'))).toBe('Tarkista merkityt kentät.');
    expect(snackBarText()).toBe('');
  });

  it('sends nothing without a unit and says what is missing', async () => {
    await render('agent');
    openFromButton();
    await answerOpening();
    type(field('Kesto (min)'), '0');
    pressCtrlEnter(field('Kesto (min)'));
    await rendered();

    expect(errorOf('Hankintayksiköt')).toBe('Valitse vähintään yksi hankintayksikkö.');
    expect(errorOf('Kesto (min)')).toBe('Pienin sallittu arvo on 1.');
    // http.verify(): nothing was sent.
  });

  async function search(input: HTMLInputElement, query: string): Promise<void> {
    input.focus();
    input.dispatchEvent(new Event('focusin'));
    type(input, query);
    await new Promise((resolve) => setTimeout(resolve, 300));
    http
      .expectOne((request) => request.url === '/api/v1/units/typeahead' && request.params.get('q') === query)
      .flush([{ ...UNIT, businessId: '0211675-2', isActive: true }]);
    await rendered();
  }

  function unitInput(): HTMLInputElement {
    const input = dialog().querySelector<HTMLInputElement>('input.unit-input');
    if (!input) {
      throw new Error('No unit input');
    }
    return input;
  }

  it('finds units by typing; the chosen ones are chips, and what is sent', async () => {
    await render('agent');
    openFromButton();
    await answerOpening();
    await search(unitInput(), 'tampe');
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((candidate) =>
      text(candidate).startsWith('Tampereen kaupunki'),
    );
    expect(text(option)).toBe('Tampereen kaupunki (0211675-2)');
    option?.click();
    await rendered();

    expect(text(dialog().querySelector('mat-chip-row'))).toBe('Tampereen kaupunki');
    expect(unitInput().value).toBe('');
    // Leaving the field lets the chip grid report its value: still the units, not the chips' texts.
    unitInput().dispatchEvent(new Event('blur'));
    unitInput().dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await rendered();
    pressCtrlEnter(unitInput());

    expect(expectCreate().request.body).toMatchObject({ unitIds: [UNIT_ID] });
  });

  it('chooses the first unit found with Enter, without sending the form', async () => {
    await render('agent');
    openFromButton();
    await answerOpening();
    await search(unitInput(), 'tampe');

    const enter = new KeyboardEvent('keydown', {
      key: 'Enter',
      keyCode: 13,
      bubbles: true,
      cancelable: true,
    });
    unitInput().dispatchEvent(enter);
    await rendered();

    expect(enter.defaultPrevented).toBe(true);
    expect(text(dialog().querySelector('mat-chip-row'))).toBe('Tampereen kaupunki');
    // http.verify(): nothing was sent.
  });

  it('removes a chosen unit with its chip’s button, and then asks for one', async () => {
    await render('agent');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID] });

    dialog()
      .querySelector<HTMLButtonElement>('mat-chip-row button[aria-label="Poista Tampereen kaupunki"]')
      ?.click();
    await rendered();
    pressCtrlEnter(unitInput());
    await rendered();

    expect(dialog().querySelector('mat-chip-row')).toBeNull();
    expect(errorOf('Hankintayksiköt')).toBe('Valitse vähintään yksi hankintayksikkö.');
  });

  it('links the request and its unit when opened from a request page', async () => {
    await render('agent');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    fixture.componentInstance.request.set(REQUEST);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID] });

    expect(text(dialog().querySelector('.linked-request'))).toContain('#1042 Kiertotalouskriteerit');
    submitButton().click();

    expect(expectCreate().request.body).toMatchObject({ requestId: REQUEST_ID, unitIds: [UNIT_ID] });
  });

  it('logs again: the entry’s type, length, units and themes on today’s date', async () => {
    await render('agent');
    const earlier = activityFixture({
      date: '2026-10-01',
      type: 'peer_review',
      durationMinutes: 90,
      themeCodes: ['climate_low_carbon'],
      participantCount: 12,
      request: REQUEST,
    });
    void TestBed.inject(QuickLog).open({ from: earlier });
    // No "last entry" asked for: the entry itself gives the type and length.
    await answerOpening({ lastUsed: null });

    expect(field('Päivämäärä').value).toBe(TEST_TODAY);
    expect(text(dialog().querySelector('mat-select[formcontrolname="type"]'))).toBe('Vertaisarviointi');
    expect(field('Kesto (min)').value).toBe('90');
    expect(isSelected(chip('Ilmasto ja vähähiilisyys'))).toBe(true);
    expect(field('Osallistujia').value).toBe('');
    expect(dialog().querySelector('.linked-request')).toBeNull();
    submitButton().click();

    expect(expectCreate().request.body).toEqual({
      date: TEST_TODAY,
      type: 'peer_review',
      durationMinutes: 90,
      unitIds: [UNIT_ID],
      participantCount: null,
      themeCodes: ['climate_low_carbon'],
      requestId: null,
      note: null,
    });
  });

  it('lets a coordinator log an agent’s work; the agent also gets the follow-up', async () => {
    await render('coordinator');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID], agents: true });

    const agent = await selectByLabel('Muutosagentti');
    expect(await agent.getValueText()).toBe('Kaisa Koordinaattori (minä)');
    await select('Muutosagentti', 'Ville Varsinais');
    await select('Seuranta', '1 kuukauden päästä');
    submitButton().click();

    const create = expectCreate();
    expect(create.request.body).toMatchObject({ agentUserId: OTHER_AGENT_ID, unitIds: [UNIT_ID] });
    create.flush(activityFixture({ date: TEST_TODAY, agentUserId: OTHER_AGENT_ID }), {
      status: 201,
      statusText: 'Created',
    });
    await rendered();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/follow-ups' }).request.body).toEqual({
      activityId: ACTIVITY_ID,
      dueDate: '2026-12-20',
      note: 'Kysy, miten asia on edennyt.',
      assigneeUserId: OTHER_AGENT_ID,
    });
  });

  it('leaves the agent out when a coordinator logs their own work', async () => {
    await render('coordinator');
    fixture.componentInstance.unitIds.set([UNIT_ID]);
    await fixture.whenStable();
    openFromButton();
    await answerOpening({ unitIds: [UNIT_ID], agents: true });
    submitButton().click();

    expect(expectCreate().request.body).not.toHaveProperty('agentUserId');
  });

  it('edits an entry with the version read, and reports a conflict to the page', async () => {
    await render('agent');
    const editing = TestBed.inject(QuickLog).edit(activityFixture({ version: 7 }));
    await rendered();
    http.expectOne(THEMES_URL).flush(page(THEME_DTOS));
    await rendered();

    expect(text(dialog().querySelector('h2'))).toBe('Muokkaa merkintää');
    expect(field('Päivämäärä').value).toBe('2026-11-18');
    expect(field('Muistiinpano').value).toBe('Kävimme läpi kiertotalouskriteerit.');
    expect(dialog().querySelector('mat-select[formcontrolname="followUpIn"]')).toBeNull();
    type(field('Kesto (min)'), '75');
    submitButton().click();

    const update = http.expectOne({ method: 'PATCH', url: `/api/v1/activities/${ACTIVITY_ID}` });
    expect(update.request.body).toMatchObject({ durationMinutes: 75, version: 7, date: '2026-11-18' });
    update.flush({ code: 'STALE_VERSION' }, { status: 409, statusText: 'Conflict' });

    await expect(editing).resolves.toMatchObject({ activity: null, conflict: { code: 'STALE_VERSION' } });
    expect(document.querySelector('crm-quick-log-dialog')).toBeNull();
  });

  it('opens with Alt+L, but not while another dialog is open', async () => {
    await render('agent');
    const document = TestBed.inject(DOCUMENT);
    const altL = (): KeyboardEvent =>
      new KeyboardEvent('keydown', { key: 'l', code: 'KeyL', altKey: true, bubbles: true, cancelable: true });

    const confirm = TestBed.inject(MatDialog).open(ConfirmDialog, {
      data: { titleKey: 'common.save', messageKey: 'common.save', confirmKey: 'common.save' },
    });
    document.body.dispatchEvent(altL());
    await rendered();
    await rendered();
    // Nothing was asked for: no dialog opened over the other.
    http.verify();
    expect(document.querySelector('crm-quick-log-dialog')).toBeNull();
    confirm.close();
    await rendered();

    const shortcut = altL();
    document.body.dispatchEvent(shortcut);
    expect(shortcut.defaultPrevented).toBe(true);
    // The quick log's code loads on first use.
    await rendered();
    await answerOpening();
    expect(text(dialog().querySelector('h2'))).toBe('Kirjaa toiminta');
  });

  it('offers the header button with its shortcut to agents and coordinators only', async () => {
    await render('ministry');
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('crm-quick-log-launcher button')).toBeNull();
    expect(element.querySelector('crm-log-activity-button button')).toBeNull();
  });

  it('names the header button and its shortcut', async () => {
    await render('agent');
    const button = (fixture.nativeElement as HTMLElement).querySelector('crm-quick-log-launcher button');

    expect(text(button)).toBe('Kirjaa toiminta');
    expect(button?.getAttribute('aria-keyshortcuts')).toBe('Alt+L');
    expect(button?.getAttribute('title')).toBe('Kirjaa toiminta (Alt+L)');
  });
});
