import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { signIn } from './sign-in';

/**
 * Moves the active option of the focused combobox with the arrow keys to the option, and picks it with Enter.
 * After each key press it waits for the active option to move, so a slow render never makes it overshoot;
 * should it still go past, it comes back up.
 */
async function pickWithArrows(page: Page, combobox: Locator, option: Locator): Promise<void> {
  await expect(option).toBeVisible();
  const id = await option.getAttribute('id');
  for (let step = 0; step < 30; step += 1) {
    const active = await combobox.getAttribute('aria-activedescendant');
    if (active === id) {
      break;
    }
    // Down towards the option, or back up if the active option went past it (seen once in CI).
    const order = await page
      .getByRole('option')
      .evaluateAll((options) => options.map((element) => element.id));
    const isPast = active !== null && order.indexOf(active) > order.indexOf(id ?? '');
    await page.keyboard.press(isPast ? 'ArrowUp' : 'ArrowDown');
    if (active) {
      await expect(combobox).not.toHaveAttribute('aria-activedescendant', active);
    } else {
      await expect(combobox).toHaveAttribute('aria-activedescendant', /.+/);
    }
  }
  await expect(combobox).toHaveAttribute('aria-activedescendant', id ?? '');
  await page.keyboard.press('Enter');
}

/** Moves the focus with Tab (as a keyboard user does) until the element has it; fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 40): Promise<void> {
  for (let step = 0; step < most; step += 1) {
    if (
      await target.evaluate(
        (element) => element === document.activeElement || element.contains(document.activeElement),
      )
    ) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('an agent logs an activity for two units with the keyboard only, follows up next week and finds it under "my follow-ups"', async ({
  page,
}) => {
  const note = `Hiilijalanjälkityöpaja ${Date.now()}`;
  await signIn(page, 'agent.14@demo.keino.test');

  // Alt+L opens the quick log anywhere.
  await page.keyboard.press('Alt+L');
  const dialog = page.getByRole('dialog', { name: 'Kirjaa toiminta' });
  await expect(dialog).toBeVisible();

  // Type: open the select with the keyboard and pick "Työpaja".
  const type = dialog.getByRole('combobox', { name: 'Toiminnan tyyppi' });
  await tabTo(page, type);
  await page.keyboard.press('Space');
  await pickWithArrows(page, type, page.getByRole('option', { name: 'Työpaja' }));
  await expect(dialog.getByRole('combobox', { name: 'Toiminnan tyyppi' })).toHaveText(/Työpaja/);

  // Duration.
  await tabTo(page, dialog.getByRole('spinbutton', { name: 'Kesto (min)' }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('120');

  // Two units through the typeahead.
  const units = dialog.getByRole('combobox', { name: 'Hankintayksiköt' });
  await tabTo(page, units);
  for (const [query, name] of [
    ['Seinäjo', /^Seinäjoki \(/],
    ['Lapua', /^Lapua \(/],
  ] as const) {
    await page.keyboard.type(query);
    await pickWithArrows(page, units, page.getByRole('option', { name }));
  }
  await expect(dialog.getByRole('row', { name: /^Seinäjoki Poista/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Lapua Poista/ })).toBeVisible();

  // A theme chip, selected with Space.
  const themes = dialog.getByRole('listbox', { name: 'Teemat' });
  await tabTo(page, themes);
  await page.keyboard.press('Space');
  await expect(themes.getByRole('option', { selected: true })).toHaveCount(1);

  // The note, and a follow-up in one week.
  await tabTo(page, dialog.getByRole('textbox', { name: 'Muistiinpano' }));
  await page.keyboard.type(note);
  const followUp = dialog.getByRole('combobox', { name: 'Seuranta' });
  await tabTo(page, followUp);
  await page.keyboard.press('Space');
  await pickWithArrows(page, followUp, page.getByRole('option', { name: '1 viikon päästä' }));
  await expect(dialog.getByRole('combobox', { name: 'Seuranta' })).toHaveText(/1 viikon päästä/);
  await tabTo(page, dialog.getByRole('textbox', { name: 'Mitä seurataan' }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(`Kysy työpajan jälkeen ${note}`);
  await expectNoAccessibilityViolations(page);

  // Ctrl+Enter saves.
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Toiminta kirjattu ja seuranta lisätty.')).toBeVisible();

  // The activity is in the agent's log, with both units.
  await page.goto('/activities');
  const entry = page.getByRole('row').filter({ hasText: note });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Seinäjoki');
  await expect(entry).toContainText('Lapua');

  // One week from today is next week: under "Myöhemmin" in my follow-ups.
  await page.goto('/follow-ups');
  const later = page.getByRole('region', { name: /^Myöhemmin/ });
  await expect(later.getByText(`Kysy työpajan jälkeen ${note}`)).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
