const SIGN_IN_PATH = '/sign-in';

/**
 * The address to go to after signing in: only a path inside this application. Anything else
 * ("https://evil.example", "//evil.example", "/\\evil.example", the sign-in page itself) becomes "/",
 * so a crafted link cannot send the user to another site.
 */
export function safeReturnUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  if (
    value === SIGN_IN_PATH ||
    value.startsWith(`${SIGN_IN_PATH}?`) ||
    value.startsWith(`${SIGN_IN_PATH}/`)
  ) {
    return '/';
  }
  return value;
}

export { SIGN_IN_PATH };
