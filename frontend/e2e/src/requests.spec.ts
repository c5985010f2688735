import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { chooseOption } from './choose-option';
import { DEMO_PASSWORD, signIn } from './sign-in';

interface OutboxItem {
  id: string;
  template: string;
  toAddress: string;
}

/** The private status link of the latest email of the template to the address, read as a coordinator. */
async function statusLink(api: APIRequestContext, address: string, template: string): Promise<string> {
  await api.post('/api/v1/auth/login', {
    data: { email: 'coordinator@demo.keino.test', password: DEMO_PASSWORD },
  });
  const list = await api.get('/api/v1/outbox-emails?pageSize=100');
  const email = ((await list.json()).items as OutboxItem[]).find(
    (item) => item.toAddress === address && item.template === template,
  );
  expect(email, `a ${template} email to ${address}`).toBeDefined();
  const detail = await api.get(`/api/v1/outbox-emails/${email?.id}`);
  const text = (await detail.json()).textBody as string;
  const link = /https?:\/\/[^/\s]+(\/request\/status\/[A-Za-z0-9_-]+)/.exec(text);
  expect(link).not.toBeNull();
  return link?.[1] ?? '';
}

test('a requester asks for help in Swedish, the agent of the region answers and resolves, the requester rates', async ({
  page,
  browser,
  request: api,
}) => {
  const email = `stina.${Date.now()}@vasa.test`;
  const title = `Cirkulära möbler till skolorna ${Date.now()}`;

  // The public form, signed out, in Swedish.
  await page.goto('/request');
  await page.getByRole('radio', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Be förändringsagenterna om hjälp');
  await page.getByRole('combobox', { name: 'Upphandlande enhet', exact: true }).fill('Vasa');
  await page.getByRole('option', { name: /^Vasa \(/ }).click();
  await page.getByRole('textbox', { name: 'Ditt namn', exact: true }).fill('Stina Sjöberg');
  await page.getByRole('textbox', { name: 'Din e-postadress', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Ämne', exact: true }).fill(title);
  await page
    .getByRole('textbox', { name: 'Beskriv vad du behöver', exact: true })
    .fill('Vi vill köpa renoverade möbler till skolorna. Hur skriver vi kraven?');
  await page.getByRole('checkbox', { name: 'Cirkulär ekonomi' }).check();
  await chooseOption(page, 'Upphandlingens skede', 'Marknadsdialog');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  const received = page.getByRole('heading', { name: /^Begäran #\d+ har tagits emot$/ });
  await expect(received).toBeVisible();
  const number = /#(\d+)/.exec((await received.textContent()) ?? '')?.[1];

  // The agent of Ostrobothnia (Swedish-speaking) finds it, answers and resolves it.
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signIn(agent, 'agent.15@demo.keino.test', '/requests');
  await expect(agent.getByRole('heading', { level: 1 })).toHaveText('Begäranden om stöd');
  await agent.getByRole('searchbox', { name: 'Sök med rubrik eller nummer' }).fill(`#${number}`);
  // Search-as-you-type settles on the one match before the agent opens it.
  await expect(agent.getByText('Begäranden: 1', { exact: true })).toBeVisible();
  await agent.getByRole('link', { name: title }).click();
  await expect(agent.getByRole('heading', { level: 1 })).toHaveText(`#${number} ${title}`);
  await expectNoAccessibilityViolations(agent);
  await agent
    .getByRole('textbox', { name: 'Meddelande till frågeställaren' })
    .fill('Hej Stina! Jag skickar exempel på krav i morgon.');
  await agent.getByRole('button', { name: 'Skicka meddelandet' }).click();
  await expect(agent.getByText('Hej Stina! Jag skickar exempel på krav i morgon.')).toBeVisible();
  await agent.getByRole('button', { name: 'Börja arbetet' }).click();
  await agent.getByRole('dialog').getByRole('button', { name: 'Börja arbetet' }).click();
  await agent.getByRole('button', { name: 'Markera som löst' }).click();
  const resolve = agent.getByRole('dialog');
  await resolve
    .getByRole('textbox', { name: 'Meddelande till frågeställaren (valfritt)' })
    .fill('Kravmallarna finns i bilagan.');
  await resolve.getByRole('button', { name: 'Markera som löst' }).click();
  await expect(agent.getByRole('button', { name: 'Öppna på nytt' })).toBeVisible();

  // The requester opens the rating link of the resolution email: one click rates, then a comment.
  const link = await statusLink(api, email, 'request-rating');
  await page.goto(`${link}?rating=5`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${number} ${title}`);
  await expect(page.getByText('Tack — du gav betyget 5/5.')).toBeVisible();
  await expect(page).not.toHaveURL(/rating=/);
  await expect(page.getByText('Hej Stina! Jag skickar exempel på krav i morgon.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Kommentar (frivillig)' }).fill('Snabbt och konkret, tack!');
  await page.getByRole('button', { name: 'Spara betyget' }).click();
  await expect(page.getByText('Tack för ditt betyg.')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The agent sees the rating in the timeline.
  await agent.reload();
  await expect(agent.getByText('Snabbt och konkret, tack!').first()).toBeVisible();
  await agentContext.close();
});
