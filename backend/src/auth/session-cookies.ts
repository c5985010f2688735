import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

/** `__Host-` binds the cookie to this exact origin; browsers only accept it over HTTPS, hence production only. */
export function sessionCookieName(config: AppConfig): string {
  return config.environment === 'production' ? '__Host-crm_session' : 'crm_session';
}

function baseOptions(config: AppConfig): CookieOptions {
  return { path: '/', sameSite: 'lax', secure: config.environment === 'production' };
}

export function setSessionCookies(
  response: Response,
  config: AppConfig,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  response.cookie(sessionCookieName(config), session.token, {
    ...baseOptions(config),
    httpOnly: true,
    expires: session.expiresAt,
  });
  setXsrfCookie(response, config, session.csrfToken, session.expiresAt);
}

/** Readable by the page's JavaScript: Angular's HttpClient copies it into the X-XSRF-TOKEN header. */
export function setXsrfCookie(
  response: Response,
  config: AppConfig,
  csrfToken: string,
  expiresAt?: Date,
): void {
  response.cookie(XSRF_COOKIE, csrfToken, {
    ...baseOptions(config),
    httpOnly: false,
    ...(expiresAt ? { expires: expiresAt } : {}),
  });
}

export function clearSessionCookies(response: Response, config: AppConfig): void {
  response.clearCookie(sessionCookieName(config), { ...baseOptions(config), httpOnly: true });
  response.clearCookie(XSRF_COOKIE, baseOptions(config));
}

export function readSessionCookie(request: Request, config: AppConfig): string | undefined {
  const cookies = request.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[sessionCookieName(config)];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
