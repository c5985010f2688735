import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { signIn } from './sign-in';

// Excel in the Finnish locale: Windows-1252, semicolons. The business ID is fictional, with a valid checksum.
const IMPORT_FILE = Buffer.from(
  [
    'Nimi;Y-tunnus;Tyyppi;Kunta;Hankintavolyymi;Yhteyshenkilö;Sähköposti',
    'Äänekosken Lämpö Oy;0208201-1;kuntayhtiö;Äänekoski;1 250 000,00;Öllö Ärjänen;ollo@aanekoski-lampo.test',
    'Rikkinäinen rivi;1234567-2;kunta;Jyväskylä;;;',
  ].join('\r\n'),
  'latin1',
);

test('an agent finds a unit despite a typo, adds a contact and imports a small CSV', async ({ page }) => {
  await signIn(page, 'agent.13@demo.keino.test', '/units');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hankintayksiköt');

  await page.getByLabel('Hae nimellä tai Y-tunnuksella').fill('Jyväskylää');
  // Search-as-you-type settles on the one match before the user picks it.
  await expect(page.getByText('Hakutuloksia: 1', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/q=Jyv/);
  await page.getByRole('link', { name: 'Jyväskylä', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jyväskylä');
  // The requests tab renders its links before their (lazily loaded) texts arrive: check the settled page.
  await expect(page.getByRole('link', { name: 'Uusi tukipyyntö' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Lisää yhteyshenkilö' }).click();
  const dialog = page.getByRole('dialog');
  const name = dialog.getByRole('textbox', { name: 'Nimi', exact: true });
  // The dialog focuses its first field once it has opened; filling before that can lose text to the name field.
  await expect(name).toBeFocused();
  await name.fill('Testi Henkilö');
  await dialog.getByLabel('Sähköposti').fill('testi.henkilo@jyvaskyla.test');
  await dialog.getByLabel('Nimike').fill('Hankinta-asiantuntija');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Testi Henkilö lisättiin.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'testi.henkilo@jyvaskyla.test' })).toBeVisible();

  await page.goto('/units/import');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'yksikot.csv', mimeType: 'text/csv', buffer: IMPORT_FILE });
  await page.getByRole('button', { name: 'Tarkista tiedosto (koeajo)' }).click();
  await expect(page.getByText('Tämä on koeajo: mitään ei ole vielä tallennettu.')).toBeVisible();
  await expect(page.getByText('merkistö windows-1252')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Tuo 1 kelvollista riviä' }).click();
  await expect(page.getByRole('heading', { name: 'Tuonti valmis' })).toBeVisible();

  await page.goto('/units?q=0208201');
  await expect(page.getByRole('link', { name: 'Äänekosken Lämpö Oy' })).toBeVisible();
});

test('a ministry user reads units but sees no contact persons', async ({ page }) => {
  await signIn(page, 'ministry@demo.keino.test', '/units?q=Jyväskylä');
  // Nearest names first: the exact match leads.
  await expect(page.getByRole('row').nth(1)).toContainText('Jyväskylä');
  await page.getByRole('link', { name: 'Jyväskylä', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jyväskylä');
  await expect(page.getByRole('heading', { name: 'Yhteyshenkilöt' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Muokkaa' })).toHaveCount(0);
});
