import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { chooseOption } from './choose-option';
import { signIn } from './sign-in';

test.describe('a coordinator administers the network', () => {
  test('creates an agent, edits them, assigns a region without an agent and finds it all in the audit trail', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36);
    const email = `e2e.${suffix}@example.test`;
    await signIn(page, 'coordinator@demo.keino.test', '/admin/users/new');

    await page.getByLabel('Sähköposti').fill(email);
    await page.getByLabel('Nimi').fill(`Eetu Testaaja ${suffix}`);
    await chooseOption(page, 'Rooli', 'Muutosagentti');
    await chooseOption(page, 'Asiointikieli', 'Svenska');
    await page.getByLabel('Taustaorganisaatio').fill('Päijät-Hämeen liitto');
    await page.getByLabel(/Työaika/).fill('30');
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Luo käyttäjä' }).click();
    await expect(page.getByText('Käyttäjä on luotu.')).toBeVisible();

    await page.goto('/admin/users');
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill(suffix);
    await expect(page.getByRole('cell', { name: email })).toBeVisible();
    await page.getByRole('link', { name: `Eetu Testaaja ${suffix}` }).click();
    await page.getByLabel('Nimi').fill(`Eetu Testaaja ${suffix} Jr`);
    await page.getByRole('button', { name: 'Tallenna' }).first().click();
    await expect(page.getByText('Muutokset on tallennettu.')).toBeVisible();

    await page.getByRole('link', { name: 'Muutosagentin tiedot ja maakunnat' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Eetu Testaaja ${suffix} Jr`);
    await expect(page.getByText('Muutosagenttia ei ole vielä nimetty mihinkään maakuntaan.')).toBeVisible();
    await chooseOption(page, 'Maakunta', 'Päijät-Häme');
    await page.getByLabel('Alkaen').fill('2020-01-01');
    await page.getByLabel('Päättyen (valinnainen)').fill('2020-12-31');
    await page.getByRole('button', { name: 'Lisää maakunta' }).click();
    await expect(page.getByRole('cell', { name: 'Päijät-Häme' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto('/admin/regions');
    await expect(page.getByText('Muutosagentti on nyt 15/19 maakunnassa.')).toBeVisible();

    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Muutosloki');
    const rename = page
      .getByRole('row')
      .filter({ hasText: 'Muutettu' })
      .filter({ hasText: 'Käyttäjä' })
      .first();
    await rename.getByRole('button', { name: /Näytä muutokset/ }).click();
    await expect(page.getByText(`Eetu Testaaja ${suffix} Jr`).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('refuses a second assignment to a region that already has an agent, naming who covers it', async ({
    page,
  }) => {
    await signIn(page, 'coordinator@demo.keino.test', '/admin/agents');
    await page.getByRole('link', { name: 'Aino Lehtinen' }).click();
    // The list has a Maakunta select and an Uusimaa cell too: wait for the agent's own page.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aino Lehtinen');
    await expect(page.getByRole('cell', { name: 'Uusimaa' })).toBeVisible();
    await chooseOption(page, 'Maakunta', 'Varsinais-Suomi');
    await page.getByLabel('Alkaen').fill('2024-01-01');
    await page.getByRole('button', { name: 'Lisää maakunta' }).click();
    await expect(page.getByText(/Mikael Virtanen/)).toBeVisible();
  });
});

test('a user creates a personal API token, sees it once and revokes it', async ({ page, request }) => {
  await signIn(page, 'agent.19@demo.keino.test', '/profile');
  await page.getByRole('textbox', { name: /Nimi/ }).last().fill('e2e-skripti');
  await page.getByRole('button', { name: 'Luo avain' }).click();
  const token = await page.getByRole('textbox', { name: 'API-avain', exact: true }).inputValue();
  expect(token).toMatch(/^crm_/);
  const me = await request.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } });
  expect((await me.json()).email).toBe('agent.19@demo.keino.test');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Valmis, piilota avain' }).click();
  await page.getByRole('button', { name: 'Poista käytöstä API-avain e2e-skripti' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Poista käytöstä' }).click();
  await expect(page.getByRole('button', { name: 'Poista käytöstä API-avain e2e-skripti' })).toHaveCount(0);
  await expect
    .poll(async () =>
      (await request.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } })).status(),
    )
    .toBe(401);
});
