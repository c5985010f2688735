import { redactPath } from './logging.module';

describe('redactPath', () => {
  it('drops the query string', () => {
    expect(redactPath('/api/v1/units?q=Virtanen')).toBe('/api/v1/units');
  });

  it('hides the token of a private status link, in the API and in the web app', () => {
    expect(redactPath('/api/v1/public/requests/status/abcDEF123_-xyz/replies')).toBe(
      '/api/v1/public/requests/status/[token]/replies',
    );
    expect(redactPath('/request/status/abcDEF123_-xyz?rating=5')).toBe('/request/status/[token]');
  });
});
