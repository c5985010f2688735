import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { formatCalendarDate, todayInHelsinki } from '../../core/i18n/date-format';
import { registerLocales } from '../../core/i18n/register-locales';
import { addDays } from '../follow-up-dates';
import {
  AGENTS_URL,
  AGENT_DTOS,
  FOLLOW_UP_ID,
  REQUEST_ID,
  UNIT_ID,
  accessibleName,
  followUpFixture,
  meFor,
  page,
  provideFollowUpsTranslocoTesting,
  settle,
  text,
} from '../testing/follow-ups-testing';
import { SubjectFollowUps } from './subject-follow-ups';

@Component({
  selector: 'crm-subject-host',
  template: `<crm-subject-follow-ups
    [unitId]="unitId()"
    [requestId]="requestId()"
    [regionCode]="regionCode()"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubjectFollowUps],
})
class SubjectHost {
  readonly unitId = signal<string | null>(null);
  readonly requestId = signal<string | null>(null);
  readonly regionCode = signal<string | null>(null);
}

const LIST_URL = '/api/v1/follow-ups';

const REQUEST_FOLLOW_UP = followUpFixture({
  id: 'f0110000-0000-4000-8000-000000000002',
  subjectKind: 'request',
  request: { id: REQUEST_ID, number: 1042, title: 'Vähähiilinen rakentaminen' },
  note: 'Kysy tarjousten tilanne',
  bucket: 'overdue',
  dueDate: '2026-11-02',
});

describe('SubjectFollowUps', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SubjectHost>;
  let element: HTMLElement;

  beforeAll(() => registerLocales());

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function rendered(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  async function render(
    role: MeDto['role'],
    subject: { unitId?: string; requestId?: string; regionCode?: string },
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFollowUpsTranslocoTesting(),
        provideNoMaterialAnimations(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(AuthStore).load();
    http.expectOne('/api/v1/auth/me').flush(meFor(role));
    await signingIn;
    fixture = TestBed.createComponent(SubjectHost);
    fixture.componentInstance.unitId.set(subject.unitId ?? null);
    fixture.componentInstance.requestId.set(subject.requestId ?? null);
    fixture.componentInstance.regionCode.set(subject.regionCode ?? null);
    element = fixture.nativeElement as HTMLElement;
    await rendered();
  }

  /** Answers the open and the closed list of the subject. */
  async function flushLists(
    open: readonly FollowUpDto[],
    closed: readonly FollowUpDto[] = [],
    closedTotal = closed.length,
  ): Promise<URLSearchParams[]> {
    const requests = http.match((request) => request.url === LIST_URL);
    expect(requests.map((request) => request.request.params.get('status'))).toEqual([
      'open',
      'done,cancelled',
    ]);
    requests[0].flush(page(open));
    requests[1].flush(page(closed, closedTotal));
    await rendered();
    return requests.map((request) => new URLSearchParams(request.request.params.toString()));
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

  function dialog(): HTMLElement {
    const found = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!found) {
      throw new Error('No dialog open');
    }
    return found;
  }

  it("lists a unit's follow-ups, open first, naming the requests they are about", async () => {
    await render('agent', { unitId: UNIT_ID, regionCode: '01' });
    const [openParams, closedParams] = await flushLists(
      [REQUEST_FOLLOW_UP, followUpFixture()],
      [
        followUpFixture({
          id: 'done',
          status: 'done',
          bucket: null,
          completedAt: '2026-10-01T09:00:00.000Z',
        }),
      ],
      7,
    );

    expect(openParams.get('unitId')).toBe(UNIT_ID);
    expect(closedParams.get('unitId')).toBe(UNIT_ID);
    expect(closedParams.get('sort')).toBe('-completedAt');
    const headings = Array.from(element.querySelectorAll('h3')).map((heading) => text(heading));
    expect(headings).toEqual(['Avoimet 2', 'Tehdyt ja perutut 7']);
    const [first, second] = Array.from(element.querySelectorAll('section')[0].querySelectorAll('li'));
    expect(text(first)).toContain('Myöhässä');
    expect(text(first.querySelector(`a[href="/requests/${REQUEST_ID}"]`))).toBe(
      '#1042 Vähähiilinen rakentaminen',
    );
    expect(text(first)).toContain('Vastuuhenkilö: Aino Agentti');
    // About the unit itself: the page already says which.
    expect(second.querySelector('a')).toBeNull();
    expect(text(element)).toContain('Näytetään 1 uusinta, yhteensä 7.');
    expect(element.querySelectorAll('section')[1].querySelectorAll('button')).toHaveLength(0);
  });

  it('adds a follow-up about the unit and shows it', async () => {
    await render('agent', { unitId: UNIT_ID, regionCode: '01' });
    await flushLists([]);
    expect(text(element)).toContain('Ei avoimia seurantoja.');

    button('Lisää seuranta').click();
    await rendered();
    button('Viikon päästä', dialog()).click();
    await rendered();
    const note = dialog().querySelector('textarea');
    if (!note) {
      throw new Error('No note field');
    }
    note.value = 'Soita hankintapäällikölle';
    note.dispatchEvent(new Event('input'));
    button('Lisää seuranta', dialog()).click();
    await rendered();

    const nextWeek = addDays(todayInHelsinki(), 7);
    const post = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(post.request.body).toEqual({
      unitId: UNIT_ID,
      dueDate: nextWeek,
      note: 'Soita hankintapäällikölle',
    });
    const created = followUpFixture({ dueDate: nextWeek, note: 'Soita hankintapäällikölle' });
    post.flush(created, { status: 201, statusText: 'Created' });
    await rendered();
    await flushLists([created]);

    expect(text(element.querySelector('[role="status"]'))).toBe(
      `Seuranta lisätty, määräpäivä ${formatCalendarDate(nextWeek, 'fi')}.`,
    );
    expect(text(element.querySelector('section li'))).toContain('Soita hankintapäällikölle');
  });

  it("offers no adding to an agent of another region's unit", async () => {
    await render('agent', { unitId: UNIT_ID, regionCode: '06' });
    await flushLists([]);

    expect(Array.from(element.querySelectorAll('button')).map((candidate) => text(candidate))).toEqual([]);
  });

  it("follows a request's follow-ups up and marks one done", async () => {
    const followUp = followUpFixture({
      subjectKind: 'request',
      request: REQUEST_FOLLOW_UP.request,
      version: 3,
    });
    await render('coordinator', { requestId: REQUEST_ID, regionCode: '01' });
    const [openParams] = await flushLists([followUp]);
    expect(openParams.get('requestId')).toBe(REQUEST_ID);
    expect(openParams.has('unitId')).toBe(false);
    // Every follow-up here is about this request: it is not named again.
    expect(element.querySelector('section li a')).toBeNull();

    button('Merkitse tehdyksi: Soita hankintapäällikölle kriteereistä').click();
    await rendered();
    const patch = http.expectOne({ method: 'PATCH', url: `${LIST_URL}/${FOLLOW_UP_ID}` });
    expect(patch.request.body).toEqual({ status: 'done', version: 3 });
    patch.flush({ ...followUp, status: 'done', bucket: null, completedAt: '2026-11-18T10:00:00.000Z' });
    await rendered();
    await flushLists(
      [],
      [{ ...followUp, status: 'done', bucket: null, completedAt: '2026-11-18T10:00:00.000Z' }],
    );

    expect(text(element.querySelector('[role="status"]'))).toBe(
      'Merkitty tehdyksi: Soita hankintapäällikölle kriteereistä',
    );
    expect(text(element.querySelectorAll('section')[1])).toContain('Tehty');
  });

  it('offers a coordinator the agents of the region when adding', async () => {
    await render('coordinator', { unitId: UNIT_ID, regionCode: '02' });
    await flushLists([]);

    button('Lisää seuranta').click();
    await rendered();
    http.expectOne(AGENTS_URL).flush(page(AGENT_DTOS));
    await rendered();
    expect(dialog().querySelector('mat-select')).not.toBeNull();
    button('Peruuta', dialog()).click();
    await rendered();
  });

  it.each(['ministry', 'unit'] as const)('shows %s users nothing and asks for nothing', async (role) => {
    await render(role, { unitId: UNIT_ID });

    expect(text(element)).toBe('Seurannat näkyvät vain muutosagenteille ja koordinaattoreille.');
  });

  it('tells of a failed load and tries again', async () => {
    await render('agent', { unitId: UNIT_ID, regionCode: '01' });
    const requests = http.match((request) => request.url === LIST_URL);
    requests[0].flush({}, { status: 500, statusText: 'Internal Server Error' });
    requests[1].flush(page([]));
    await rendered();

    expect(text(element.querySelector('.alert[role="alert"]'))).toContain('Seurantoja ei voitu hakea.');
    button('Yritä uudelleen').click();
    await rendered();
    await flushLists([followUpFixture()]);
    expect(element.querySelector('.alert')).toBeNull();
    expect(element.querySelectorAll('section li')).toHaveLength(1);
  });
});
