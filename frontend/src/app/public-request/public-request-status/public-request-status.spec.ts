import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { PublicRequestStatusDto } from '../../core/api/generated/models/public-request-status-dto';
import { LANGUAGE_STORAGE_KEY } from '../../core/i18n/language-service';
import { registerLocales } from '../../core/i18n/register-locales';
import { PUBLIC_REQUEST_ROUTES } from '../public-request.routes';
import {
  CPV_DIVISIONS_URL,
  CPV_DIVISION_DTOS,
  STATUS_TOKEN,
  STATUS_URL,
  THEMES_URL,
  THEME_DTOS,
  providePublicRequestTranslocoTesting,
  settle,
  statusFixture,
  timelineEventFixture,
} from '../testing/public-request-testing';

const RATING_URL = `${STATUS_URL}/rating`;

describe('PublicRequestStatus', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
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
  });

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function open(status: PublicRequestStatusDto | null, query = ''): Promise<void> {
    await harness.navigateByUrl(`/request/status/${STATUS_TOKEN}${query}`);
    http.expectOne(THEMES_URL).flush({ items: THEME_DTOS, total: 3, page: 1, pageSize: 100 });
    http.expectOne(CPV_DIVISIONS_URL).flush({ items: CPV_DIVISION_DTOS, total: 2, page: 1, pageSize: 100 });
    const request = http.expectOne(STATUS_URL);
    if (status) {
      request.flush(status);
    } else {
      request.flush(
        { status: 404, code: 'NOT_FOUND', title: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    }
    await stable();
    page = harness.routeNativeElement as HTMLElement;
  }

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await settle();
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function sectionTitles(): string[] {
    return Array.from(page.querySelectorAll('h2')).map((heading) => text(heading));
  }

  function button(label: string, root: ParentNode = page): HTMLButtonElement | undefined {
    return Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => text(candidate) === label,
    );
  }

  function type(selector: string, value: string): void {
    const field = page.querySelector<HTMLTextAreaElement>(selector);
    if (!field) {
      throw new Error(`no field ${selector}`);
    }
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('shows the request, its status and the timeline oldest first', async () => {
    // The server lists the timeline in order; the page keeps it so even when it does not.
    const status = statusFixture();
    await open({ ...status, timeline: [...status.timeline].reverse() });

    expect(text(page.querySelector('h1'))).toBe('#1042 Vähähiilinen koulurakennus');
    expect(text(page.querySelector('.badge'))).toBe('Työn alla');
    expect(page.textContent).toContain('Muutosagentti työskentelee pyyntösi parissa.');
    const details = text(page.querySelector('dl'));
    expect(details).toContain('Helsingin kaupunki');
    expect(details).toContain('Aino Agentti');
    expect(details).toContain('16.11.2026 klo 10.00');
    expect(details).toContain('Strategia ja suunnittelu');
    expect(details).toContain('Tavallinen');
    expect(Array.from(page.querySelectorAll('dd .themes li')).map((item) => text(item))).toEqual([
      'Kiertotalous',
      'Ilmasto ja vähähiilisyys',
    ]);
    expect(
      Array.from(page.querySelectorAll('ol.timeline > li .event-title')).map((title) => text(title)),
    ).toEqual([
      'Pyyntö vastaanotettu',
      'Ohjattu muutosagentille',
      'Tila muuttui: Ohjattu muutosagentille → Työn alla',
      'Viesti henkilöltä Aino Agentti',
      'Viestisi',
    ]);
    expect(text(page.querySelectorAll('ol.timeline > li')[3])).toContain('Onko teillä jo tarveselvitys?');
    expect(sectionTitles()).toEqual(['Tila', 'Tiedot', 'Tapahtumat', 'Lisää tietoja', 'Peru pyyntö']);
  });

  it('offers no reply or cancellation when the request is closed, only the rating', async () => {
    await open(statusFixture({ status: 'closed', canReply: false, canCancel: false, canRate: true }));

    expect(sectionTitles()).toEqual(['Tila', 'Tiedot', 'Tapahtumat', 'Arvioi saamasi apu']);
    expect(page.querySelector('textarea[formControlName="body"]')).toBeNull();
    expect(button('Peru pyyntö')).toBeUndefined();
    expect(page.querySelectorAll('mat-radio-button')).toHaveLength(5);
    expect(text(page.querySelector('mat-radio-button'))).toBe('1 – heikko');
  });

  it('says when the link is not valid', async () => {
    await open(null);

    expect(text(page.querySelector('h1'))).toBe('Tämä linkki ei ole voimassa.');
    expect(page.querySelector('a[href="/request"]')).not.toBeNull();
  });

  it('sends a reply and shows the request as the server returns it', async () => {
    await open(statusFixture({ status: 'waiting_for_unit' }));
    expect(page.textContent).toContain('Muutosagentti tarvitsee sinulta lisätietoja — vastaa alla.');

    type('textarea[formControlName="body"]', '  Tarveselvitys on valmis.  ');
    button('Lähetä viesti')?.click();
    const request = http.expectOne({ method: 'POST', url: `${STATUS_URL}/replies` });
    expect(request.request.body).toEqual({ body: 'Tarveselvitys on valmis.' });
    const answered = statusFixture();
    request.flush({
      ...answered,
      timeline: [
        ...answered.timeline,
        timelineEventFixture({
          id: '0b7f1a52-9c3e-4d1a-8b2e-1f0a9b8c7d06',
          kind: 'reply',
          body: 'Tarveselvitys on valmis.',
          createdAt: '2026-11-19T12:00:00.000Z',
        }),
      ],
    });
    await stable();

    expect(text(page.querySelector('.badge'))).toBe('Työn alla');
    expect(text(page.querySelector('ol.timeline > li:last-child'))).toContain('Tarveselvitys on valmis.');
    expect(page.querySelector<HTMLTextAreaElement>('textarea[formControlName="body"]')?.value).toBe('');
    // Emptied for the next message, without calling the empty field an error.
    expect(page.querySelectorAll('mat-error')).toHaveLength(0);
    expect(text(page.querySelector('[role="status"] .alert--success'))).toBe('Viestisi lähetettiin.');
  });

  it('cancels the request with a reason after confirmation', async () => {
    await open(statusFixture());

    type('textarea[formControlName="reason"]', 'Hankinta siirtyy ensi vuoteen.');
    button('Peru pyyntö')?.click();
    await stable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(text(dialog?.querySelector('h2'))).toBe('Perutaanko pyyntö #1042?');
    button('Kyllä, peru pyyntö', dialog ?? page)?.click();
    await stable();

    const request = http.expectOne({ method: 'POST', url: `${STATUS_URL}/cancellation` });
    expect(request.request.body).toEqual({ reason: 'Hankinta siirtyy ensi vuoteen.' });
    request.flush(statusFixture({ status: 'cancelled', canReply: false, canCancel: false }));
    await stable();

    expect(text(page.querySelector('.badge'))).toBe('Peruttu');
    expect(sectionTitles()).toEqual(['Tila', 'Tiedot', 'Tapahtumat']);
    expect(text(page.querySelector('[role="status"] .alert--success'))).toBe('Pyyntö peruttiin.');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(
      page.querySelector('#crm-public-request-status-heading'),
    );
  });

  it('does not cancel when the requester thinks again', async () => {
    await open(statusFixture());

    button('Peru pyyntö')?.click();
    await stable();
    button('Peruuta', document.querySelector('mat-dialog-container') ?? page)?.click();
    await stable();

    http.expectNone({ method: 'POST', url: `${STATUS_URL}/cancellation` });
  });

  it('rates once from the one-click email link, removes the parameter and takes a comment afterwards', async () => {
    await open(
      statusFixture({ status: 'resolved', canReply: false, canCancel: false, canRate: true }),
      '?rating=4',
    );

    const rating = http.expectOne({ method: 'POST', url: RATING_URL });
    expect(rating.request.body).toEqual({ rating: 4 });
    rating.flush(
      statusFixture({ status: 'resolved', canReply: false, canCancel: false, canRate: true, rating: 4 }),
    );
    await stable();

    expect(TestBed.inject(Router).url).toBe(`/request/status/${STATUS_TOKEN}`);
    expect(Array.from(page.querySelectorAll('.alert--success p')).map((line) => text(line))).toEqual([
      'Kiitos — arvioit avun 4/5.',
      'Voit vielä lisätä kommentin alla.',
    ]);
    const chosen = page.querySelector<HTMLInputElement>('mat-radio-button input:checked');
    expect(chosen?.value).toBe('4');

    type('crm-public-request-rating textarea', 'Selkeät neuvot, kiitos!');
    button('Tallenna arvio')?.click();
    const comment = http.expectOne({ method: 'POST', url: RATING_URL });
    expect(comment.request.body).toEqual({ rating: 4, comment: 'Selkeät neuvot, kiitos!' });
    comment.flush(
      statusFixture({
        status: 'resolved',
        canReply: false,
        canCancel: false,
        canRate: true,
        rating: 4,
        ratingComment: 'Selkeät neuvot, kiitos!',
      }),
    );
    await stable();
    const ratingSection = page.querySelector('[aria-labelledby="crm-public-request-rating-heading"]');
    expect(text(ratingSection?.querySelector('crm-form-message [role="status"]'))).toBe('Kiitos arviostasi.');
    expect(text(ratingSection)).toContain('Arvioit avun 4/5.');
    expect(text(ratingSection)).not.toContain('Kiitos — arvioit');
  });

  it.each([
    [
      'already rated',
      statusFixture({ status: 'resolved', canRate: true, canReply: false, rating: 2 }),
      '?rating=4',
    ],
    ['not resolved yet', statusFixture({ status: 'in_progress', canRate: false }), '?rating=4'],
    ['not a rating', statusFixture({ status: 'resolved', canRate: true, canReply: false }), '?rating=9'],
  ])('does not rate from the link when %s, and removes the parameter', async (_case, status, query) => {
    await open(status, query);

    http.expectNone({ method: 'POST', url: RATING_URL });
    expect(TestBed.inject(Router).url).toBe(`/request/status/${STATUS_TOKEN}`);
  });

  it('shows the page in the request’s language when no language was chosen in this browser', async () => {
    await open(statusFixture({ language: 'sv' }));

    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('sv');
    expect(text(page.querySelector('.badge'))).toBe('Under arbete');
  });

  it('keeps the language chosen in this browser', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    await open(statusFixture({ language: 'sv' }));

    expect(text(page.querySelector('.badge'))).toBe('Työn alla');
  });
});
