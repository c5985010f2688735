import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

/** Signs in through the sign-in page (Finnish until the user's own language applies) and waits for the app. */
export async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel(/^(Sähköposti|E-post|Email)/).fill(email);
  await page.getByLabel(/^(Salasana|Lösenord|Password)/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Kirjaudu sisään|Logga in|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * A demo account for one test in one browser project, so that tests running in parallel never share a
 * user whose saved language another test changes.
 */
export function demoAgent(laptopRegion: string, phoneRegion: string, project: string): string {
  return `agent.${project === 'phone' ? phoneRegion : laptopRegion}@demo.keino.test`;
}
