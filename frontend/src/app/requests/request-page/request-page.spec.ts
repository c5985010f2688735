import type { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { QuickLog } from '../../activities/quick-log/quick-log';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import type { RequestDto } from '../../core/api/generated/models/request-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  AGENTS_URL,
  AGENT_ID,
  CPV_URL,
  OTHER_AGENT_ID,
  REGIONS_URL,
  REQUEST_ID,
  THEMES_URL,
  UNIT_ID,
  eventFixture,
  flushReferenceData,
  requestFixture,
  setUpRequests,
  settle,
  text,
} from '../testing/requests-testing';

const REQUEST_URL = `/api/v1/requests/${REQUEST_ID}`;

describe('RequestPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;
  let documentLoader: HarnessLoader;

  beforeAll(() => registerLocales());

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function open(role: MeDto['role'], request: RequestDto = requestFixture()): Promise<void> {
    ({ harness, http } = await setUpRequests(role));
    await harness.navigateByUrl(`/requests/${REQUEST_ID}`);
    flushReferenceData(http, [
      REGIONS_URL,
      THEMES_URL,
      CPV_URL,
      ...(role === 'coordinator' ? [AGENTS_URL] : []),
    ]);
    http.expectOne(REQUEST_URL).flush(request);
    await rendered();
    // Staff see the request's follow-ups (open and recently closed); their panel has its own tests.
    for (const followUps of http.match((candidate) => candidate.url === '/api/v1/follow-ups')) {
      expect(followUps.request.params.get('requestId')).toBe(REQUEST_ID);
      followUps.flush({ items: [], total: 0, page: 1, pageSize: 100 });
    }
    await rendered();
    page = harness.routeNativeElement as HTMLElement;
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  async function rendered(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function buttons(root: ParentNode = page): HTMLButtonElement[] {
    return Array.from(root.querySelectorAll<HTMLButtonElement>('button'));
  }

  function button(name: string, root: ParentNode = page): HTMLButtonElement {
    const found = buttons(root).find((candidate) => text(candidate) === name);
    if (!found) {
      throw new Error(
        `No button "${name}" among ${buttons(root)
          .map((candidate) => text(candidate))
          .join(', ')}`,
      );
    }
    return found;
  }

  function transitionButtons(): string[] {
    return buttons()
      .filter((candidate) => candidate.dataset['transition'])
      .map((candidate) => text(candidate));
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!element) {
      throw new Error('No dialog open');
    }
    return element;
  }

  /** The text field whose label starts with the text. */
  function field(label: string, root: ParentNode): HTMLInputElement | HTMLTextAreaElement {
    const formField = Array.from(root.querySelectorAll('mat-form-field')).find((candidate) =>
      text(candidate.querySelector('mat-label')).startsWith(label),
    );
    const control = formField?.querySelector<HTMLInputElement | HTMLTextAreaElement>('textarea, input');
    if (!control) {
      throw new Error(`No field "${label}"`);
    }
    return control;
  }

  function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    control.value = value;
    control.dispatchEvent(new Event('input'));
  }

  async function click(element: HTMLElement): Promise<void> {
    element.click();
    await rendered();
  }

  it('shows the request, its service levels and its details', async () => {
    await open('agent');

    expect(text(page.querySelector('h1'))).toBe('#1042 Vähähiilinen rakentaminen');
    expect(text(page.querySelector('.header-badges'))).toContain('Osoitettu');
    expect(text(page.querySelector('[data-sla="firstResponse"]'))).toMatch(
      /^Ensivastaus: Vaarassa määräaika /,
    );
    expect(text(page.querySelector('[data-sla="resolution"]'))).toContain('Ratkaisu: Aikataulussa');
    const details = text(page.querySelector('dl'));
    expect(details).toContain('Uusimaa');
    expect(details).toContain('Maija Meikäläinen');
    expect(details).toContain('Sähköposti vahvistettu');
    expect(details).toContain('Ilmasto ja vähähiilisyys');
    expect(details).toContain('45214200-2 (45 Rakennustyöt)');
    expect(details).toContain('Markkinavuoropuhelu');
    expect(page.querySelector(`dl a[href="/units/${UNIT_ID}"]`)).not.toBeNull();
    expect(
      Array.from(page.querySelectorAll('ol.timeline > li')).map((item) => item.getAttribute('data-kind')),
    ).toEqual(['created', 'assignment']);
  });

  it.each([
    ['agent', 'assigned', ['in_progress', 'cancelled'], ['Aloita työ', 'Peru pyyntö']],
    [
      'agent',
      'waiting_for_unit',
      ['in_progress', 'resolved', 'cancelled'],
      ['Jatka työtä', 'Merkitse ratkaistuksi', 'Peru pyyntö'],
    ],
    ['agent', 'resolved', ['closed', 'in_progress'], ['Sulje', 'Avaa uudelleen']],
    ['agent', 'new', ['assigned', 'cancelled'], ['Ota pyyntö hoitaakseni', 'Peru pyyntö']],
    ['coordinator', 'new', ['assigned', 'cancelled'], ['Osoita muutosagentille', 'Peru pyyntö']],
    ['unit', 'in_progress', ['cancelled'], ['Peru pyyntö']],
    ['unit', 'closed', [], []],
  ] as const)(
    'offers the %s of a %s request only the moves allowed: %p',
    async (role, status, allowed, labels) => {
      await open(role, requestFixture({ status, allowedTransitions: [...allowed] }));

      expect(transitionButtons()).toEqual(labels);
      const staffButtons = buttons().map((candidate) => text(candidate));
      expect(staffButtons.includes('Muokkaa')).toBe(role !== 'unit');
      expect(staffButtons.includes('Siirrä toiselle')).toBe(role === 'coordinator');
    },
  );

  it('moves the request with a message to the requester and the version it was loaded at', async () => {
    await open(
      'agent',
      requestFixture({
        status: 'in_progress',
        allowedTransitions: ['waiting_for_unit', 'resolved', 'cancelled'],
      }),
    );

    await click(button('Merkitse ratkaistuksi'));
    expect(text(dialog().querySelector('h2'))).toBe('Merkitse ratkaistuksi: #1042');
    type(field('Viesti pyytäjälle (valinnainen)', dialog()), ' Kriteerit lähetetty sähköpostilla. ');
    await click(button('Merkitse ratkaistuksi', dialog()));

    const transition = http.expectOne({ method: 'POST', url: `${REQUEST_URL}/transitions` });
    expect(transition.request.body).toEqual({
      to: 'resolved',
      comment: 'Kriteerit lähetetty sähköpostilla.',
      version: 3,
    });
    transition.flush(
      requestFixture({ status: 'resolved', version: 4, allowedTransitions: ['closed', 'in_progress'] }),
    );
    await rendered();

    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(text(page.querySelector('[role="status"]'))).toBe('Tila muutettu: Ratkaistu.');
    expect(transitionButtons()).toEqual(['Sulje', 'Avaa uudelleen']);
  });

  it('lets a coordinator name the agent when assigning a request from the queue', async () => {
    await open(
      'coordinator',
      requestFixture({
        status: 'new',
        assignedAgent: null,
        regionCode: '07',
        allowedTransitions: ['assigned', 'cancelled'],
      }),
    );

    await click(button('Osoita muutosagentille'));
    const agent = await documentLoader.getHarness(MatSelectHarness);
    await agent.open();
    await agent.clickOptions({ text: /Ville Varsinais/ });
    await click(button('Osoita muutosagentille', dialog()));

    const transition = http.expectOne({ method: 'POST', url: `${REQUEST_URL}/transitions` });
    expect(transition.request.body).toEqual({ to: 'assigned', agentUserId: OTHER_AGENT_ID, version: 3 });
    transition.flush(requestFixture({ status: 'assigned', version: 4 }));
    await rendered();
  });

  it('reloads a request someone else changed meanwhile and tells the user', async () => {
    await open('agent');

    await click(button('Aloita työ'));
    await click(button('Aloita työ', dialog()));
    http
      .expectOne({ method: 'POST', url: `${REQUEST_URL}/transitions` })
      .flush(
        { code: 'STALE_VERSION', detail: 'The request was changed by someone else since you loaded it.' },
        { status: 409, statusText: 'Conflict' },
      );
    await rendered();

    expect(document.querySelector('mat-dialog-container')).toBeNull();
    http.expectOne(REQUEST_URL).flush(
      requestFixture({
        status: 'in_progress',
        version: 4,
        allowedTransitions: ['waiting_for_unit', 'resolved', 'cancelled'],
      }),
    );
    await rendered();

    expect(text(page.querySelector('[role="alert"]'))).toBe(
      'Joku muu muutti tätä pyyntöä sillä välin. Pyyntö on ladattu uudelleen: tarkista se ja yritä uudelleen.',
    );
    expect(transitionButtons()).toEqual(['Odota yksikköä', 'Merkitse ratkaistuksi', 'Peru pyyntö']);
    // The button that opened the dialog is gone: the focus goes to the heading, not to nowhere.
    expect(document.activeElement).toBe(page.querySelector('h1'));
  });

  it('shows the server’s explanation when the move is no longer allowed, and reloads', async () => {
    await open('agent');

    await click(button('Peru pyyntö'));
    await click(button('Peru pyyntö', dialog()));
    http.expectOne({ method: 'POST', url: `${REQUEST_URL}/transitions` }).flush(
      {
        code: 'REQUEST_TRANSITION_NOT_ALLOWED',
        detail: 'A closed request cannot become cancelled; allowed: none.',
        errors: [{ field: 'to', code: 'transitionNotAllowed', message: 'allowed: none' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await rendered();
    http.expectOne(REQUEST_URL).flush(requestFixture({ status: 'closed', allowedTransitions: [] }));
    await rendered();

    expect(text(page.querySelector('[role="alert"]'))).toContain(
      'A closed request cannot become cancelled; allowed: none.',
    );
    expect(transitionButtons()).toEqual([]);
  });

  it('marks internal notes so that they cannot be mistaken for what the requester sees', async () => {
    await open(
      'agent',
      requestFixture({
        timeline: [
          eventFixture(),
          eventFixture({
            id: 'e1000000-0000-4000-8000-000000000003',
            kind: 'note',
            isInternal: true,
            authorKind: 'staff',
            author: { userId: AGENT_ID, displayName: 'Aino Agentti' },
            body: 'Soitin hankintapäällikölle.',
          }),
          eventFixture({
            id: 'e1000000-0000-4000-8000-000000000004',
            kind: 'message',
            authorKind: 'staff',
            author: { userId: AGENT_ID, displayName: 'Aino Agentti' },
            body: 'Tässä kriteerit.',
          }),
        ],
      }),
    );

    const [, note, message] = Array.from(page.querySelectorAll('ol.timeline > li'));
    expect(note?.classList).toContain('event--internal');
    expect(text(note)).toContain('Sisäinen muistiinpano');
    expect(text(note)).toContain('ei näy pyytäjälle');
    expect(text(note)).toContain('Soitin hankintapäällikölle.');
    expect(message?.classList).not.toContain('event--internal');
    expect(text(message)).toContain('Viesti pyytäjälle');
    expect(text(message)).not.toContain('Sisäinen');
  });

  it('lets staff write a message to the requester or an internal note', async () => {
    await open('agent');

    type(field('Viesti pyytäjälle', page), 'Hei, palaan asiaan huomenna.');
    await click(button('Lähetä viesti'));
    const message = http.expectOne({ method: 'POST', url: `${REQUEST_URL}/timeline` });
    expect(message.request.body).toEqual({ kind: 'message', body: 'Hei, palaan asiaan huomenna.' });
    message.flush(requestFixture({ version: 3 }));
    await rendered();
    expect(text(page.querySelector('crm-request-composer [role="status"]'))).toBe('Viesti lähetetty.');
    // The emptied field of the sent message is not an error.
    expect(page.querySelector('crm-request-composer mat-error')).toBeNull();

    const kind = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatRadioGroupHarness);
    await kind.checkRadioButton({ label: 'Sisäinen muistiinpano' });
    type(field('Sisäinen muistiinpano', page), 'Kysy Villeltä vinkkejä.');
    await click(button('Tallenna muistiinpano'));
    const note = http.expectOne({ method: 'POST', url: `${REQUEST_URL}/timeline` });
    expect(note.request.body).toEqual({ kind: 'note', body: 'Kysy Villeltä vinkkejä.' });
    note.flush(requestFixture());
    await rendered();
  });

  it('lets a unit user reply, and only reply', async () => {
    await open('unit', requestFixture({ status: 'waiting_for_unit', allowedTransitions: ['cancelled'] }));

    expect(page.querySelector('crm-request-composer mat-radio-group')).toBeNull();
    expect(text(page.querySelector('#crm-composer-heading'))).toBe('Vastaa');
    type(field('Vastauksesi', page), 'Liitteenä hankintasuunnitelma.');
    await click(button('Lähetä vastaus'));

    const reply = http.expectOne({ method: 'POST', url: `${REQUEST_URL}/timeline` });
    expect(reply.request.body).toEqual({ kind: 'reply', body: 'Liitteenä hankintasuunnitelma.' });
    reply.flush(requestFixture({ status: 'in_progress', allowedTransitions: ['cancelled'] }));
    await rendered();
  });

  it.each([
    ['resolved a week ago', 'resolved', new Date(Date.now() - 7 * 86_400_000).toISOString(), true],
    ['resolved long ago', 'resolved', '2025-01-01T10:00:00.000Z', false],
    ['closed', 'closed', new Date(Date.now() - 20 * 86_400_000).toISOString(), false],
  ] as const)('lets a unit user reply to a request %s: %s', async (_case, status, resolvedAt, canReply) => {
    await open('unit', requestFixture({ status, resolvedAt, allowedTransitions: [] }));

    expect(page.querySelector('crm-request-composer') !== null).toBe(canReply);
    if (canReply) {
      expect(text(page.querySelector('crm-request-composer mat-hint'))).toBe(
        'Vastaus avaa ratkaistun pyynnön uudelleen, ja muutosagentti saa siitä ilmoituksen.',
      );
    }
    // Rating is open after resolution either way.
    expect(page.querySelector('crm-request-rating')).not.toBeNull();
  });

  it('lets a coordinator reassign the request to another agent with a reason', async () => {
    await open('coordinator');

    await click(button('Siirrä toiselle'));
    const agent = await documentLoader.getHarness(MatSelectHarness);
    await agent.open();
    // The agent who has the request now is not offered.
    expect((await agent.getOptions()).length).toBe(1);
    await agent.clickOptions({ text: 'Ville Varsinais (Varsinais-Suomi)' });
    type(field('Syy', dialog()), 'Aino on lomalla.');
    await click(button('Siirrä', dialog()));

    const assignment = http.expectOne({ method: 'POST', url: `${REQUEST_URL}/assignment` });
    expect(assignment.request.body).toEqual({
      agentUserId: OTHER_AGENT_ID,
      reason: 'Aino on lomalla.',
      version: 3,
    });
    assignment.flush(
      requestFixture({
        version: 4,
        assignedAgent: { userId: OTHER_AGENT_ID, displayName: 'Ville Varsinais' },
      }),
    );
    await rendered();

    expect(text(page.querySelector('[role="status"]'))).toBe(
      'Pyyntö siirrettiin muutosagentille Ville Varsinais.',
    );
  });

  it('requires the reason for a reassignment', async () => {
    await open('coordinator');

    await click(button('Siirrä toiselle'));
    const agent = await documentLoader.getHarness(MatSelectHarness);
    await agent.open();
    await agent.clickOptions({ text: /Ville Varsinais/ });
    await click(button('Siirrä', dialog()));

    // http.verify() in afterEach fails on any request.
    expect(text(dialog().querySelector('mat-error'))).toBe('Pakollinen tieto.');
  });

  it('lets a unit user rate a resolved request', async () => {
    await open('unit', requestFixture({ status: 'resolved', allowedTransitions: [] }));

    const rating = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatRadioGroupHarness.with({ selector: 'crm-request-rating mat-radio-group' }),
    );
    await rating.checkRadioButton({ label: '4 – Erittäin hyvin' });
    type(field('Kommentti (valinnainen)', page), 'Selkeät neuvot.');
    await click(button('Lähetä arvio'));

    const rate = http.expectOne({ method: 'POST', url: `${REQUEST_URL}/rating` });
    expect(rate.request.body).toEqual({ rating: 4, comment: 'Selkeät neuvot.' });
    rate.flush(
      requestFixture({
        status: 'resolved',
        allowedTransitions: [],
        rating: 4,
        ratingComment: 'Selkeät neuvot.',
      }),
    );
    await rendered();

    expect(text(page.querySelector('crm-request-rating [role="status"]'))).toBe('Kiitos arviostasi.');
    expect(text(page.querySelector('dl'))).toContain('4 / 5');
  });

  it('lets staff log an activity about the request and its unit', async () => {
    await open('agent');
    const logActivity = jest.spyOn(TestBed.inject(QuickLog), 'open').mockResolvedValue(null);

    await click(button('Kirjaa toiminta'));

    expect(logActivity).toHaveBeenCalledWith({
      unitIds: [UNIT_ID],
      requestId: REQUEST_ID,
      request: { id: REQUEST_ID, number: 1042, title: 'Vähähiilinen rakentaminen' },
    });
  });

  it('offers unit users no activity logging', async () => {
    await open('unit');

    expect(buttons().map((candidate) => text(candidate))).not.toContain('Kirjaa toiminta');
  });

  it('shows no service levels for a cancelled request', async () => {
    await open('agent', requestFixture({ status: 'cancelled', allowedTransitions: [] }));

    expect(page.querySelector('crm-sla-badges li')).toBeNull();
    expect(text(page.querySelector('.header-badges'))).toBe('Peruttu');
  });

  it('says so when the request is not found', async () => {
    ({ harness, http } = await setUpRequests('agent'));
    await harness.navigateByUrl(`/requests/${REQUEST_ID}`);
    flushReferenceData(http, [REGIONS_URL, THEMES_URL, CPV_URL]);
    http.expectOne(REQUEST_URL).flush({ code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await rendered();

    expect(text((harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]'))).toBe(
      'Tukipyyntöä ei löytynyt.',
    );
  });
});
