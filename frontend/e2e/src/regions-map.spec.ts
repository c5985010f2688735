import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { demoAgent, signIn } from './sign-in';

const languages = [
  {
    code: 'fi',
    accounts: ['01', '09'],
    switchLabel: 'Suomi',
    heading: 'Maakunnat',
    uusimaa: 'Uusimaa',
    southwest: 'Varsinais-Suomi',
    aland: 'Ahvenanmaa',
    footer: 'Maanmittauslaitos',
  },
  {
    code: 'sv',
    accounts: ['02', '10'],
    switchLabel: 'Svenska',
    heading: 'Landskap',
    uusimaa: 'Nyland',
    southwest: 'Egentliga Finland',
    aland: 'Åland',
    footer: 'Lantmäteriverket',
  },
  {
    code: 'en',
    accounts: ['04', '13'],
    switchLabel: 'English',
    heading: 'Regions',
    uusimaa: 'Uusimaa',
    southwest: 'Southwest Finland',
    aland: 'Åland',
    footer: 'National Land Survey of Finland',
  },
] as const;

for (const language of languages) {
  test(`the map page in ${language.code}: 19 regions on the map and in the table, accessible`, async ({
    page,
  }, testInfo) => {
    await signIn(
      page,
      demoAgent(language.accounts[0], language.accounts[1], testInfo.project.name),
      '/regions',
    );
    await page.getByRole('radio', { name: language.switchLabel }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.heading);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page).toHaveTitle(new RegExp(`^${language.heading}`));

    const regionsOnMap = page.locator('svg path.region');
    await expect(regionsOnMap).toHaveCount(19);
    await expect(page.locator('path.region[data-code="02"]')).toHaveAttribute(
      'aria-label',
      new RegExp(`^${language.southwest}, NUTS 3 FI1C1`),
    );
    await expect(page.locator('svg text.label')).toContainText([language.uusimaa]);

    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(19);
    await expect(page.locator('tr[data-code="01"] .name-button')).toHaveText(language.uusimaa);
    await expect(page.locator('tr[data-code="21"] .name-button')).toHaveText(language.aland);
    await expect(page.locator('tr[data-code="19"] .nuts')).toHaveText('FI1D7');

    await expect(page.getByRole('contentinfo')).toContainText(language.footer);
    await expect(
      page
        .getByRole('contentinfo')
        .getByRole('link', { name: /CC BY 4.0/ })
        .first(),
    ).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');

    await expectNoAccessibilityViolations(page);
    await testInfo.attach(`map-${language.code}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });
}

test('the chosen language is remembered across visits and saved for the user', async ({ page }, testInfo) => {
  await signIn(page, demoAgent('05', '14', testInfo.project.name), '/regions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maakunnat');
  await page.getByRole('radio', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Landskap');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Landskap');
  await expect(page.getByRole('radio', { name: 'Svenska' })).toBeChecked();
  await page.getByRole('radio', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maakunnat');
});

test('a region is selected from the map with the keyboard and shown in the table', async ({
  page,
}, testInfo) => {
  // agent.18 (phone) only ever uses Finnish; agent.16 is the workload test's English-speaking agent.
  await signIn(page, demoAgent('06', '18', testInfo.project.name));
  // A fresh page load, as a keyboard user arriving at the map would have.
  await page.goto('/regions');
  await expect(page.locator('svg path.region')).toHaveCount(19);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Siirry sisältöön' })).toBeFocused();

  const pirkanmaa = page.locator('path.region[data-code="06"]');
  await pirkanmaa.focus();
  await page.keyboard.press('Enter');
  await expect(pirkanmaa).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('tr[data-code="06"]')).toHaveClass(/is-selected/);
  await expect(page.getByText('Valittu maakunta: Pirkanmaa')).toBeVisible();
  await expect(page).toHaveURL(/region=06/);
  await expectNoAccessibilityViolations(page);
});

test('client-side routes load directly and unknown pages say so', async ({ page }, testInfo) => {
  await signIn(page, demoAgent('08', '17', testInfo.project.name), '/regions?region=19');
  await expect(page).toHaveURL(/\/regions\?region=19/);
  await expect(page.locator('tr[data-code="19"]')).toHaveClass(/is-selected/);

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  await expectNoAccessibilityViolations(page);
});

test('the API is served on the same port, with problem documents for errors', async ({ request }) => {
  const regions = await request.get('/api/v1/regions');
  expect(regions.ok()).toBe(true);
  expect((await regions.json()).total).toBe(19);

  const unknown = await request.get('/api/v1/unknown');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['content-type']).toContain('application/problem+json');
});
