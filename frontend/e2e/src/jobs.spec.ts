import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { signIn } from './sign-in';

test('a coordinator sees the scheduled jobs and runs the follow-up reminders now', async ({ page }) => {
  await signIn(page, 'coordinator@demo.keino.test', '/admin/jobs');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajastetut työt');
  const reminders = page.getByRole('region', { name: 'Seurantojen muistutukset' });
  await expect(reminders.getByText('Joka päivä klo 7.00')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await reminders.getByRole('button', { name: /^Aja nyt/ }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('oikeina sähköposteina');
  await dialog.getByRole('button', { name: 'Aja nyt' }).click();

  await expect(
    page.locator('mat-snack-bar-container').getByText(/Seurantojen muistutukset ajettiin: .*sähköpost/),
  ).toBeVisible();
  await expect(reminders.getByRole('definition').filter({ hasText: 'Käsin' })).toBeVisible();
  await reminders.getByText(/^Viimeisimmät ajot/).click();
  await expect(reminders.getByRole('cell', { name: 'Käsin' }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
