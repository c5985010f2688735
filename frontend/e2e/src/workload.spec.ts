import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { signIn } from './sign-in';

// The workload is every agent's home page. Each language has its own account: the language chosen is saved
// for the user.
const languages = [
  {
    code: 'fi',
    account: 'agent.09@demo.keino.test',
    switchLabel: 'Suomi',
    heading: 'Oma työtilanne',
    sections: [
      'Avoimet tukipyynnöt',
      'Seurannat',
      'Palvelutasot',
      'Tunnit tässä kuussa',
      'Kattavuus tänä vuonna',
      'Tavoitettavuus teemoittain',
      'Valkoiset alueet',
    ],
    hours: /^\s*\d+(,\d)? \/ 24 h\s*$/,
  },
  {
    code: 'sv',
    account: 'agent.10@demo.keino.test',
    switchLabel: 'Svenska',
    heading: 'Min arbetssituation',
    sections: [
      'Öppna begäranden om stöd',
      'Uppföljningar',
      'Servicenivåer',
      'Timmar den här månaden',
      'Täckning i år',
      'Räckvidd enligt tema',
      'Vita fläckar',
    ],
    hours: /^\s*\d+(,\d)? \/ 24 h\s*$/,
  },
  {
    code: 'en',
    account: 'agent.16@demo.keino.test',
    switchLabel: 'English',
    heading: 'My workload',
    sections: [
      'Open support requests',
      'Follow-ups',
      'Service levels',
      'Hours this month',
      'Coverage this year',
      'Reach by theme',
      'White spots',
    ],
    hours: /^\s*\d+(\.\d)? \/ 20 h\s*$/,
  },
] as const;

/** The number a figure link starts with ("4 Myöhässä (seurannat)" → 4). */
async function figureCount(page: Page, name: RegExp): Promise<number> {
  const text = await page.getByRole('link', { name }).innerText();
  return Number(/^\d+/.exec(text.trim())?.[0]);
}

for (const language of languages) {
  test(`an agent’s home page is their workload in ${language.code}, every section there, accessible`, async ({
    page,
  }) => {
    await signIn(page, language.account);
    await expect(page).toHaveURL(/\/workload$/);
    await page.getByRole('radio', { name: language.switchLabel }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.heading);
    await expect(page).toHaveTitle(new RegExp(`^${language.heading}`));
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([...language.sections]);
    await expect(page.locator('.hours-value')).toHaveText(language.hours);
    await expect(page.getByRole('progressbar', { name: /./ }).last()).toHaveAttribute(
      'aria-valuenow',
      /^\d+$/,
    );
    await expectNoAccessibilityViolations(page);
  });
}

test('the overdue follow-ups lead to the agent’s follow-ups, as many as counted', async ({ page }) => {
  await signIn(page, 'agent.09@demo.keino.test');
  await page.getByRole('radio', { name: 'Suomi' }).click();
  const overdueLink = /^\d+ Myöhässä \(seurannat\)$/;
  const overdue = await figureCount(page, overdueLink);

  await page.getByRole('link', { name: overdueLink }).click();

  await expect(page).toHaveURL(/\/follow-ups$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat seurannat');
  const group = page.getByRole('region', { name: /^Myöhässä/ });
  await expect(group.getByRole('heading', { level: 2 })).toHaveText(`Myöhässä ${overdue}`);
});

test('the units reached in a region lead to the units list, filtered and as many as counted', async ({
  page,
}) => {
  await signIn(page, 'agent.10@demo.keino.test');
  await page.getByRole('radio', { name: 'Svenska' }).click();
  const reachedLink = /^\d+ nådda \(Södra Savolax, aktiva upphandlande enheter i år\)$/;
  await expect(page.getByRole('link', { name: reachedLink })).toBeVisible();
  const reached = await figureCount(page, reachedLink);

  await page.getByRole('link', { name: reachedLink }).click();

  await expect(page).toHaveURL(/\/units\?regionCode=10&isActive=true&reached=true&from=\d{4}-01-01&to=/);
  await expect(page.getByRole('combobox', { name: 'Landskap', exact: true })).toHaveText(/Södra Savolax/);
  await expect(page.getByRole('combobox', { name: 'Nådda', exact: true })).toHaveText(/Nådda under perioden/);
  await expect(page.getByText(`Sökresultat: ${reached}`, { exact: true })).toBeVisible();
});

test('the hours lead to this month’s advice log', async ({ page }) => {
  await signIn(page, 'agent.16@demo.keino.test');
  await page.getByRole('radio', { name: 'English' }).click();

  await page
    .getByRole('link', { name: /^\d+(\.\d)? \/ 20 h This month's entries in the advice log$/ })
    .click();

  await expect(page).toHaveURL(/\/activities\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Advice log');
});
