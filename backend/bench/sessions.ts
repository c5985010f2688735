import { XSRF_COOKIE, XSRF_HEADER } from '../src/auth/session-cookies';

/** A signed-in browser session: the cookies to send, and the XSRF token that writes echo in a header. */
export interface BenchSession {
  readonly email: string;
  readonly userId: string;
  readonly cookie: string;
  readonly xsrfToken: string;
}

// What Chromium asks for: the app's compression middleware answers larger responses with brotli.
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** The headers of a read made with the session, as the web app's requests carry them. */
export function readHeaders(session: BenchSession): Record<string, string> {
  return {
    cookie: session.cookie,
    accept: 'application/json, text/plain, */*',
    'accept-encoding': BROWSER_ACCEPT_ENCODING,
  };
}

/** The headers of a JSON write made with the session (cookie plus the CSRF header). */
export function writeHeaders(session: BenchSession): Record<string, string> {
  return { ...readHeaders(session), 'content-type': 'application/json', [XSRF_HEADER]: session.xsrfToken };
}

/** Signs in as a browser does (POST /api/v1/auth/login) and keeps the cookies it sets. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`Sign-in of ${email} failed (HTTP ${response.status}): ${body.slice(0, 300)}`);
  }
  const cookies = new Map(
    response.headers.getSetCookie().map((header) => {
      const [pair] = header.split(';');
      const separator = pair.indexOf('=');
      return [pair.slice(0, separator), pair.slice(separator + 1)] as const;
    }),
  );
  const xsrfToken = cookies.get(XSRF_COOKIE);
  if (!xsrfToken) {
    throw new Error(`Sign-in of ${email} set no ${XSRF_COOKIE} cookie`);
  }
  const me = JSON.parse(body) as { id: string };
  return {
    email,
    userId: me.id,
    cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    xsrfToken: decodeURIComponent(xsrfToken),
  };
}

/** Ends the session, so that repeated runs leave no live sessions behind. */
export async function signOut(baseUrl: string, session: BenchSession): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/auth/logout`, {
    method: 'POST',
    headers: writeHeaders(session),
  });
  await response.arrayBuffer();
}
