import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ME_URL, meFixture } from '../../../testing/account-fixtures';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import type { MeDto } from '../api/generated/models/me-dto';
import { AuthStore } from './auth.store';
import { homeRedirectGuard, roleGuard, signedInGuard, signedOutGuard } from './guards';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('route guards', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        provideRouter([
          { path: '', component: EmptyPage },
          { path: 'home', canActivate: [homeRedirectGuard], children: [] },
          ...['workload', 'balance', 'coverage', 'requests'].map((path) => ({ path, component: EmptyPage })),
          { path: 'regions', canActivate: [signedInGuard], component: EmptyPage },
          { path: 'admin/users', canActivate: [roleGuard('coordinator')], component: EmptyPage },
          { path: 'sign-in', canActivate: [signedOutGuard], component: EmptyPage },
          { path: 'forbidden', component: EmptyPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function visit(url: string, me: MeDto | null): Promise<string> {
    const loading = TestBed.inject(AuthStore).load();
    const request = http.expectOne(ME_URL);
    if (me) {
      request.flush(me);
    } else {
      request.flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    }
    await loading;
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  it('sends a signed-out visitor to sign in, remembering the page', async () => {
    expect(await visit('/regions?region=01', null)).toBe('/sign-in?returnUrl=%2Fregions%3Fregion%3D01');
  });

  it.each([
    ['agent', '/workload'],
    ['coordinator', '/balance'],
    ['ministry', '/coverage'],
    ['unit', '/requests'],
  ] as const)('starts a signed-in %s on their own page', async (role, path) => {
    expect(await visit('/home', meFixture({ role }))).toBe(path);
  });

  it('sends a signed-out visitor from the home page to sign in', async () => {
    expect(await visit('/home', null)).toBe('/sign-in?returnUrl=%2F');
  });

  it('lets a signed-in user in', async () => {
    expect(await visit('/regions', meFixture({ role: 'ministry' }))).toBe('/regions');
  });

  it.each(['agent', 'unit', 'ministry'] as const)('shows the no-access page to the %s role', async (role) => {
    expect(await visit('/admin/users', meFixture({ role }))).toBe('/forbidden');
  });

  it('lets a coordinator into the administration', async () => {
    expect(await visit('/admin/users', meFixture({ role: 'coordinator' }))).toBe('/admin/users');
  });

  it('sends a signed-out visitor of the administration to sign in', async () => {
    expect(await visit('/admin/users', null)).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers');
  });

  it('takes a signed-in user past the sign-in page to where they were going', async () => {
    expect(await visit('/sign-in?returnUrl=%2Fregions', meFixture())).toBe('/regions');
  });

  it('does not follow a return address to another site', async () => {
    expect(await visit('/sign-in?returnUrl=https%3A%2F%2Fevil.example', meFixture())).toBe('/');
  });
});
