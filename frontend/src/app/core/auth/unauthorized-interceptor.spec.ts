import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { ME_URL, meFixture, settle } from '../../../testing/account-fixtures';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import { AuthStore } from './auth.store';
import { unauthorizedInterceptor } from './unauthorized-interceptor';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('unauthorizedInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;
  let authStore: AuthStore;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        provideRouter([
          { path: 'admin/users', component: EmptyPage },
          { path: 'sign-in', component: EmptyPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    authStore = TestBed.inject(AuthStore);

    const loading = authStore.load();
    http.expectOne(ME_URL).flush(meFixture());
    await loading;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users?q=aino');
  });

  afterEach(() => http.verify());

  async function failWith(method: string, url: string, status: number): Promise<void> {
    const request = firstValueFrom(client.request(method, url));
    http.expectOne({ method, url }).flush({ code: 'X' }, { status, statusText: 'Error' });
    await expect(request).rejects.toMatchObject({ status });
    await settle();
  }

  it('signs out and sends the user to sign in, then back to where they were, when the session has ended', async () => {
    await failWith('GET', '/api/v1/users', 401);

    expect(authStore.isSignedIn()).toBe(false);
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Fq%3Daino');
  });

  it.each([
    ['POST', '/api/v1/auth/login'],
    ['GET', ME_URL],
  ])('leaves a 401 from %s %s to the caller', async (method, url) => {
    await failWith(method, url, 401);

    expect(authStore.isSignedIn()).toBe(true);
    expect(router.url).toBe('/admin/users?q=aino');
  });

  it.each([403, 404, 500])('leaves a %i to the caller', async (status) => {
    await failWith('GET', '/api/v1/users', status);

    expect(authStore.isSignedIn()).toBe(true);
    expect(router.url).toBe('/admin/users?q=aino');
  });

  it('ignores 401 answers from outside the API', async () => {
    await failWith('GET', '/i18n/fi.json', 401);

    expect(router.url).toBe('/admin/users?q=aino');
  });
});
