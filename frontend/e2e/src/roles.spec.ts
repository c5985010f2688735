import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { signIn } from './sign-in';

const ADMIN_ENTRIES = [
  'Käyttäjät',
  'Muutosagentit',
  'Maakuntien kattavuus',
  'Muutosloki',
  'Lähtevä sähköposti',
  'Ajastetut työt',
];
const EVERYONE = ['Maakunnat', 'Hankintayksiköt', 'Oma profiili'];
// Support requests are work records: not for ministry users.
const REQUEST_ROLES: readonly string[] = ['coordinator', 'agent', 'unit'];
// The advice log and follow-ups are the staff's own work.
const STAFF_ENTRIES = ['Neuvontaloki', 'Seurannat'];
const STAFF_ROLES: readonly string[] = ['coordinator', 'agent'];

// Each role starts on its own page, with its dashboard in the navigation.
const roles = [
  {
    role: 'coordinator',
    email: 'coordinator@demo.keino.test',
    isAdmin: true,
    home: /\/balance$/,
    dashboards: ['Työn jakautuminen', 'Valtakunnallinen kattavuus'],
  },
  {
    role: 'ministry',
    email: 'ministry@demo.keino.test',
    isAdmin: false,
    home: /\/coverage$/,
    dashboards: ['Valtakunnallinen kattavuus'],
  },
  {
    role: 'agent',
    email: 'agent.18@demo.keino.test',
    isAdmin: false,
    home: /\/workload$/,
    dashboards: ['Oma työtilanne'],
  },
  { role: 'unit', email: 'unit@demo.keino.test', isAdmin: false, home: /\/requests$/, dashboards: [] },
] as const;
const DASHBOARD_ENTRIES = ['Oma työtilanne', 'Työn jakautuminen', 'Valtakunnallinen kattavuus'];

for (const { role, email, isAdmin, home, dashboards } of roles) {
  test(`a ${role} signs in and sees the navigation of the role`, async ({ page }, testInfo) => {
    await signIn(page, email);
    await expect(page).toHaveURL(home);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const navigation = page.getByRole('navigation', { name: 'Päävalikko' });
    if (testInfo.project.name === 'phone') {
      await page.getByRole('button', { name: 'Valikko' }).click();
    }
    for (const entry of EVERYONE) {
      await expect(navigation.getByRole('link', { name: entry })).toBeVisible();
    }
    await expect(navigation.getByRole('link', { name: 'Tukipyynnöt' })).toHaveCount(
      REQUEST_ROLES.includes(role) ? 1 : 0,
    );
    for (const entry of ADMIN_ENTRIES) {
      await expect(navigation.getByRole('link', { name: entry })).toHaveCount(isAdmin ? 1 : 0);
    }
    for (const entry of DASHBOARD_ENTRIES) {
      await expect(navigation.getByRole('link', { name: entry })).toHaveCount(
        (dashboards as readonly string[]).includes(entry) ? 1 : 0,
      );
    }
    for (const entry of STAFF_ENTRIES) {
      await expect(navigation.getByRole('link', { name: entry })).toHaveCount(
        STAFF_ROLES.includes(role) ? 1 : 0,
      );
    }
    // In the header on every page (the agent's home page offers it once more).
    await expect(page.getByRole('banner').getByRole('button', { name: /^Kirjaa toiminta/ })).toHaveCount(
      STAFF_ROLES.includes(role) ? 1 : 0,
    );
    await expectNoAccessibilityViolations(page);

    await page.goto('/admin/users');
    if (isAdmin) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Käyttäjät');
      await expect(page.getByRole('cell', { name: 'ministry@demo.keino.test' })).toBeVisible();
    } else {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ei käyttöoikeutta');
    }
  });
}

test('signed out, a protected page leads to sign-in and back to where the user was going', async ({
  page,
}) => {
  await page.goto('/admin/agents');
  await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fadmin%2Fagents/);
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Sähköposti').fill('coordinator@demo.keino.test');
  await page.getByLabel('Salasana').fill('wrong password');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('alert')).toContainText('Väärä sähköpostiosoite tai salasana');
  await page.getByLabel('Salasana').fill('demo-password');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page).toHaveURL(/\/admin\/agents$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Muutosagentit');
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await page.goto('/admin/agents');
  await expect(page).toHaveURL(/\/sign-in/);
});
