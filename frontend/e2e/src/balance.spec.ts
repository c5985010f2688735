import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { signIn } from './sign-in';

// agent.17@demo.keino.test, the change agent of North Ostrobothnia in the demo data.
const AGENT = 'Elina Pesonen';

test('a coordinator lands on the workload balance and gives the oldest queued request to a change agent', async ({
  page,
}) => {
  await signIn(page, 'coordinator@demo.keino.test');

  // The coordinators' home page.
  await expect(page).toHaveURL(/\/balance$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Työn jakautuminen');
  const agents = page.getByRole('table', { name: 'Muutosagenttien työmäärä' });
  await expect(agents.getByRole('link', { name: `Työtilanne: ${AGENT}` })).toHaveAttribute(
    'href',
    /^\/workload\?agentId=[0-9a-f-]{36}$/,
  );
  const openCount = agents.getByRole('link', { name: new RegExp(`^Avoimet pyynnöt, ${AGENT}: \\d+$`) });
  const before = Number(/(\d+)$/.exec((await openCount.getAttribute('aria-label')) ?? '')?.[1]);
  expect(before).toBeGreaterThan(0);
  await expect(openCount).toHaveAttribute('href', /^\/requests\?agentUserId=[0-9a-f-]{36}&open=true$/);

  // The queue: the demo data has new requests in regions that have no agent.
  const queue = page.getByRole('region', { name: 'Jono' });
  await expect(queue.getByRole('link', { name: 'Koko jono tukipyynnöissä' })).toHaveAttribute(
    'href',
    '/requests?queue=true',
  );
  const items = queue.getByRole('table', { name: 'Vanhimmat muutosagenttia odottavat tukipyynnöt' });
  const oldest = items.getByRole('row').nth(1);
  const number = ((await oldest.getByRole('link').first().textContent()) ?? '').trim();
  expect(number).toMatch(/^#\d+$/);
  await expectNoAccessibilityViolations(page);

  // Reassign it: pick the agent (the options show each one's load) and give a reason.
  await oldest.getByRole('button', { name: `Siirrä tukipyyntö ${number}` }).click();
  const dialog = page.getByRole('dialog', { name: `Siirrä tukipyyntö ${number}` });
  await expect(dialog).toBeVisible();
  // Focus and open with the keyboard: a Material select's floating label can intercept a click.
  await dialog.getByRole('combobox', { name: 'Muutosagentti' }).focus();
  await page.keyboard.press('Space');
  await page
    .getByRole('option', { name: new RegExp(`^${AGENT} \\(Pohjois-Pohjanmaa\\) – avoimia ${before}, `) })
    .click();
  await dialog.getByRole('textbox', { name: 'Syy (valinnainen)' }).fill('Pohjois-Pohjanmaalla on tilaa.');
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Siirrä', exact: true }).click();

  // Done: the request has left the queue and the agent has one more open request.
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Tukipyyntö ${number} osoitettiin: ${AGENT}.`)).toBeVisible();
  await expect(queue.getByRole('link', { name: number, exact: true })).toHaveCount(0);
  await expect(agents.getByRole('link', { name: `Avoimet pyynnöt, ${AGENT}: ${before + 1}` })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
