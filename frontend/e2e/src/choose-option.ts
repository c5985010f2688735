import type { Page } from '@playwright/test';

/**
 * Chooses `option` in the Material select labelled `label`, opening it with the keyboard as a user can: a click
 * can land on the select's floating label, or before the select is ready, and then opens nothing.
 */
export async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('option', { name: option }).click();
}
