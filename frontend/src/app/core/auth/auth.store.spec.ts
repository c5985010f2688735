import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ME_URL, meFixture, settle } from '../../../testing/account-fixtures';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import { LanguageService } from '../i18n/language-service';
import { AuthStore } from './auth.store';

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;
  let language: LanguageService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslocoTesting()],
    });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
    language = TestBed.inject(LanguageService);
  });

  afterEach(() => http.verify());

  it('loads the signed-in user and applies their language', async () => {
    const loading = store.load();
    http
      .expectOne({ method: 'GET', url: ME_URL })
      .flush(meFixture({ role: 'agent', preferredLanguage: 'sv' }));
    await loading;

    expect(store.isLoaded()).toBe(true);
    expect(store.isSignedIn()).toBe(true);
    expect(store.user()?.displayName).toBe('Kaisa Koordinaattori');
    expect(store.role()).toBe('agent');
    expect(store.hasRole('agent', 'coordinator')).toBe(true);
    expect(store.hasRole('coordinator')).toBe(false);
    expect(language.language()).toBe('sv');
  });

  it('treats 401 from /auth/me as signed out, not as an error', async () => {
    const loading = store.load();
    http
      .expectOne(ME_URL)
      .flush({ code: 'UNAUTHENTICATED', status: 401 }, { status: 401, statusText: 'Unauthorized' });

    await expect(loading).resolves.toBeUndefined();
    expect(store.isLoaded()).toBe(true);
    expect(store.isSignedIn()).toBe(false);
    expect(store.role()).toBeNull();
    expect(store.hasRole('agent', 'unit', 'coordinator', 'ministry')).toBe(false);
  });

  it('asks the server only once', async () => {
    const first = store.load();
    const second = store.load();
    http.expectOne(ME_URL).flush(meFixture());
    await Promise.all([first, second]);

    await store.load();

    // http.verify() fails on any further request.
    expect(store.isSignedIn()).toBe(true);
  });

  it('signs in with the credentials and switches to the preferred language', async () => {
    const signingIn = store.signIn({ email: 'agent.01@demo.keino.test', password: 'demo-password' });
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
    expect(request.request.body).toEqual({ email: 'agent.01@demo.keino.test', password: 'demo-password' });
    request.flush(meFixture({ role: 'agent', preferredLanguage: 'en' }));

    await expect(signingIn).resolves.toMatchObject({ role: 'agent' });
    expect(store.isSignedIn()).toBe(true);
    expect(language.language()).toBe('en');
  });

  it('stays signed out when the credentials are wrong', async () => {
    const signingIn = store.signIn({ email: 'someone@example.fi', password: 'wrong-password' });
    http
      .expectOne('/api/v1/auth/login')
      .flush({ code: 'INVALID_CREDENTIALS', status: 401 }, { status: 401, statusText: 'Unauthorized' });

    await expect(signingIn).rejects.toMatchObject({ status: 401 });
    expect(store.isSignedIn()).toBe(false);
  });

  it('signs out on the server and forgets the user', async () => {
    const loading = store.load();
    http.expectOne(ME_URL).flush(meFixture());
    await loading;

    const signingOut = store.signOut();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await signingOut;

    expect(store.isSignedIn()).toBe(false);
    expect(store.user()).toBeNull();
  });

  it('forgets the user even when the session had already ended', async () => {
    const loading = store.load();
    http.expectOne(ME_URL).flush(meFixture());
    await loading;

    const signingOut = store.signOut();
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 401, statusText: 'Unauthorized' });
    await signingOut;

    expect(store.isSignedIn()).toBe(false);
  });

  it('saves a language chosen in the header as the preferred language when signed in', async () => {
    const loading = store.load();
    http.expectOne(ME_URL).flush(meFixture({ preferredLanguage: 'fi' }));
    await loading;

    const changing = store.changeLanguage('sv');
    await settle();
    const request = http.expectOne({ method: 'PATCH', url: ME_URL });
    expect(request.request.body).toEqual({ preferredLanguage: 'sv' });
    request.flush(meFixture({ preferredLanguage: 'sv' }));
    await changing;

    expect(language.language()).toBe('sv');
    expect(store.user()?.preferredLanguage).toBe('sv');
  });

  it('only switches the language when signed out', async () => {
    const loading = store.load();
    http.expectOne(ME_URL).flush(null, { status: 401, statusText: 'Unauthorized' });
    await loading;

    await store.changeLanguage('en');

    expect(language.language()).toBe('en');
    // http.verify() fails if the language was sent to the server.
  });
});
