import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { firstValueFrom } from 'rxjs';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { formatCalendarDate, todayInHelsinki } from '../../core/i18n/date-format';
import { registerLocales } from '../../core/i18n/register-locales';
import { FollowUpAgents } from '../follow-up-agents';
import { addDays, addMonths } from '../follow-up-dates';
import {
  AGENTS_URL,
  AGENT_DTOS,
  AGENT_ID,
  FOLLOW_UP_ID,
  UNIT_ID,
  followUpFixture,
  meFor,
  page,
  provideFollowUpsTranslocoTesting,
  settle,
  text,
} from '../testing/follow-ups-testing';
import { FollowUpDialog, type FollowUpDialogData, type FollowUpDialogOutcome } from './follow-up-dialog';

@Component({ selector: 'crm-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {}

const LIST_URL = '/api/v1/follow-ups';

describe('FollowUpDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DialogHost>;
  let closed: Promise<FollowUpDialogOutcome | undefined>;

  beforeAll(() => registerLocales());

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function rendered(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  async function open(role: MeDto['role'], data: FollowUpDialogData): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFollowUpsTranslocoTesting(),
        provideNoMaterialAnimations(),
        FollowUpAgents,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(AuthStore).load();
    http.expectOne('/api/v1/auth/me').flush(meFor(role));
    await signingIn;
    fixture = TestBed.createComponent(DialogHost);
    const reference = TestBed.inject(MatDialog).open<
      FollowUpDialog,
      FollowUpDialogData,
      FollowUpDialogOutcome
    >(FollowUpDialog, { data });
    closed = firstValueFrom(reference.afterClosed());
    if (role === 'coordinator') {
      http.expectOne(AGENTS_URL).flush(page(AGENT_DTOS));
    }
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

  function control(label: string): HTMLInputElement | HTMLTextAreaElement {
    const found = formField(label).querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (!found) {
      throw new Error(`No control in "${label}"`);
    }
    return found;
  }

  async function type(label: string, value: string): Promise<void> {
    const input = control(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await rendered();
  }

  function button(name: string): HTMLButtonElement {
    const buttons = Array.from(dialog().querySelectorAll<HTMLButtonElement>('button'));
    const found = buttons.find((candidate) => text(candidate) === name);
    if (!found) {
      throw new Error(`No button "${name}" among ${buttons.map((candidate) => text(candidate)).join(' | ')}`);
    }
    return found;
  }

  async function click(name: string): Promise<void> {
    button(name).click();
    await rendered();
  }

  function radio(name: string): HTMLInputElement {
    const found = Array.from(dialog().querySelectorAll('mat-radio-button')).find(
      (candidate) => text(candidate) === name,
    );
    const input = found?.querySelector<HTMLInputElement>('input');
    if (!input) {
      throw new Error(`No radio button "${name}"`);
    }
    return input;
  }

  function errorOf(label: string): string {
    return text(formField(label).querySelector('mat-error'));
  }

  it('adds a follow-up about a unit for the agent, with a quick date and a recurrence', async () => {
    await open('agent', { subject: { unitId: UNIT_ID }, regionCode: '01' });

    expect(text(dialog().querySelector('h2'))).toBe('Uusi seuranta');
    // An agent gives follow-ups to themselves only: no choice is offered.
    expect(dialog().querySelector('mat-select')).toBeNull();
    expect(text(dialog())).toContain('Vastuuhenkilö: sinä');

    await click('Viikon päästä');
    const nextWeek = addDays(todayInHelsinki(), 7);
    expect(control('Määräpäivä').value).toBe(formatCalendarDate(nextWeek, 'fi').replace(/\s/g, ''));
    expect(text(dialog().querySelector('[role="status"]'))).toBe(
      `Määräpäiväksi valittu ${formatCalendarDate(nextWeek, 'fi')}`,
    );
    await type('Mitä pitää tehdä', '  Soita hankintapäällikölle  ');
    radio('Toistuu').click();
    await rendered();
    expect(control('Toistumisväli kuukausina').value).toBe('12');
    await type('Toistumisväli kuukausina', '6');
    await click('Lisää seuranta');

    const post = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(post.request.body).toEqual({
      unitId: UNIT_ID,
      dueDate: nextWeek,
      note: 'Soita hankintapäällikölle',
      recurrenceMonths: 6,
    });
    const saved = followUpFixture({ dueDate: nextWeek, recurrenceMonths: 6 });
    post.flush(saved, { status: 201, statusText: 'Created' });
    expect(await closed).toEqual({ followUp: saved, conflict: null });
  });

  it.each([
    ['In 2 weeks', 'Kahden viikon päästä', 14, 0],
    ['In 1 month', 'Kuukauden päästä', 0, 1],
    ['In 3 months', 'Kolmen kuukauden päästä', 0, 3],
  ])('offers the quick due date %s', async (_name, label, days, months) => {
    await open('agent', { subject: { requestId: FOLLOW_UP_ID } });

    await click(label);
    await type('Mitä pitää tehdä', 'Kysy tilannetta');
    await click('Lisää seuranta');

    const post = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(post.request.body.dueDate).toBe(addMonths(addDays(todayInHelsinki(), days), months));
    expect(post.request.body.requestId).toBe(FOLLOW_UP_ID);
    post.flush(followUpFixture());
    await closed;
  });

  it('checks the fields before sending anything', async () => {
    await open('agent', { subject: { unitId: UNIT_ID } });

    await type('Mitä pitää tehdä', '   ');
    await click('Lisää seuranta');
    expect(errorOf('Määräpäivä')).toBe('Pakollinen tieto.');
    expect(errorOf('Mitä pitää tehdä')).toBe('Pakollinen tieto.');
    expect(text(dialog().querySelector('[role="alert"]'))).toBe('Tarkista merkityt kentät.');

    await type('Määräpäivä', '31.2.2030');
    expect(errorOf('Määräpäivä')).toBe('Anna päivämäärä muodossa pp.kk.vvvv.');
    await type('Määräpäivä', '1.1.2020');
    expect(errorOf('Määräpäivä')).toBe('Määräpäivä ei voi olla mennyt päivä.');
    radio('Toistuu').click();
    await rendered();
    await type('Toistumisväli kuukausina', '61');
    await click('Lisää seuranta');
    expect(errorOf('Toistumisväli kuukausina')).toBe('Anna kokonaisluku väliltä 1–60.');
    // Nothing was sent (http.verify() in afterEach fails on any request).
  });

  it('reads a typed Finnish date', async () => {
    await open('agent', { subject: { unitId: UNIT_ID } });

    await type('Määräpäivä', '15.3.2030');
    await type('Mitä pitää tehdä', 'Tarkista hankintasuunnitelma');
    await click('Lisää seuranta');

    const post = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(post.request.body).toEqual({
      unitId: UNIT_ID,
      dueDate: '2030-03-15',
      note: 'Tarkista hankintasuunnitelma',
    });
    post.flush(followUpFixture());
    await closed;
  });

  it("lets a coordinator give it to an agent of the region and shows the server's verdicts on the fields", async () => {
    await open('coordinator', { subject: { unitId: UNIT_ID }, regionCode: '01' });

    const select = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatSelectHarness);
    expect(await select.getValueText()).toBe('Minä (Kaisa Koordinaattori)');
    await select.open();
    // Only the agents of the unit's region may have it.
    const options = await select.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      'Minä (Kaisa Koordinaattori)',
      'Aino Agentti',
    ]);
    await select.clickOptions({ text: 'Aino Agentti' });
    await type('Määräpäivä', '15.3.2030');
    await type('Mitä pitää tehdä', 'Sovi tapaaminen');
    await click('Lisää seuranta');

    const post = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(post.request.body).toEqual({
      unitId: UNIT_ID,
      assigneeUserId: AGENT_ID,
      dueDate: '2030-03-15',
      note: 'Sovi tapaaminen',
    });
    post.flush(
      {
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'dueDate', code: 'past', message: 'dueDate must not be before today' },
          { field: 'assigneeUserId', code: 'notAnAssignee', message: 'The assignee must be…' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await rendered();

    expect(errorOf('Määräpäivä')).toBe('Määräpäivä ei voi olla mennyt päivä.');
    expect(errorOf('Vastuuhenkilö')).toBe(
      'Vastuuhenkilön pitää olla koordinaattori tai kohteen maakunnan muutosagentti.',
    );
    expect(text(dialog().querySelector('[role="alert"]'))).toBe('Tarkista merkityt kentät.');
    // The dialog stays open for the user to fix them.
    expect(document.querySelector('mat-dialog-container')).not.toBeNull();
  });

  it('tells an agent why the server refused the assignee they cannot choose', async () => {
    await open('agent', { subject: { unitId: UNIT_ID } });

    await type('Määräpäivä', '15.3.2030');
    await type('Mitä pitää tehdä', 'Sovi tapaaminen');
    await click('Lisää seuranta');
    http.expectOne({ method: 'POST', url: LIST_URL }).flush(
      {
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'assigneeUserId', code: 'notAnAssignee', message: '' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await rendered();

    expect(text(dialog().querySelector('[role="alert"]'))).toBe(
      'Vastuuhenkilön pitää olla koordinaattori tai kohteen maakunnan muutosagentti.',
    );
  });

  it('edits only what was changed and can stop a recurrence', async () => {
    const followUp: FollowUpDto = followUpFixture({
      dueDate: '2030-03-15',
      recurrenceMonths: 12,
      version: 5,
    });
    await open('agent', { followUp });

    expect(text(dialog().querySelector('h2'))).toBe('Muokkaa seurantaa');
    expect(text(dialog())).toContain('Koskee: Helsingin kaupunki');
    expect(control('Määräpäivä').value).toBe('15.3.2030');
    expect(control('Mitä pitää tehdä').value).toBe('Soita hankintapäällikölle kriteereistä');
    expect(control('Toistumisväli kuukausina').value).toBe('12');

    await type('Määräpäivä', '22.3.2030');
    radio('Ei toistu').click();
    await rendered();
    expect(dialog().querySelector('input[type="number"]')).toBeNull();
    await click('Tallenna');

    const patch = http.expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` });
    expect(patch.request.body).toEqual({ dueDate: '2030-03-22', recurrenceMonths: null, version: 5 });
    const saved = { ...followUp, dueDate: '2030-03-22', recurrenceMonths: null, version: 6 };
    patch.flush(saved);
    expect(await closed).toEqual({ followUp: saved, conflict: null });
  });

  it('keeps an overdue due date when editing only the note', async () => {
    const followUp = followUpFixture({ dueDate: '2020-01-10', bucket: 'overdue', version: 2 });
    await open('agent', { followUp });

    await type('Mitä pitää tehdä', 'Uusi muistiinpano');
    await click('Tallenna');

    const patch = http.expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` });
    expect(patch.request.body).toEqual({ note: 'Uusi muistiinpano', version: 2 });
    patch.flush({ ...followUp, note: 'Uusi muistiinpano' });
    await closed;
  });

  it('closes with the conflict when the follow-up was changed meanwhile', async () => {
    await open('agent', { followUp: followUpFixture({ dueDate: '2030-03-15' }) });

    await type('Mitä pitää tehdä', 'Toinen muistiinpano');
    await click('Tallenna');
    http
      .expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` })
      .flush({ code: 'STALE_VERSION', errors: [] }, { status: 409, statusText: 'Conflict' });

    const outcome = await closed;
    expect(outcome?.followUp).toBeNull();
    expect(outcome?.conflict?.code).toBe('STALE_VERSION');
  });
});
