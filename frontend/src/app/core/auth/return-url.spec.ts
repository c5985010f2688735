import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/admin/users?q=aino', '/admin/users?q=aino'],
    ['/regions', '/regions'],
    ['/profile#tokens', '/profile#tokens'],
  ])('keeps the path %p inside the application', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['admin/users'],
    ['/sign-in'],
    ['/sign-in?returnUrl=%2Fregions'],
  ])('replaces %p with the home page', (value) => {
    expect(safeReturnUrl(value)).toBe('/');
  });
});
