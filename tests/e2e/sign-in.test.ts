import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

/**
 * A newcomer wants their profile, is asked to sign in, gets a code by email (read from the dev
 * mailbox, as a developer without a mail server would), lands back on Profilo, completes it, reads the
 * welcome message, and signs out. Every step waits for what a person would see.
 */
describe.skipIf(!browserAvailable)('a citizen signs in with an email code', () => {
  const email = 'giulia.verdi@example.it';
  let session: BrowserSession;
  let page: Page;
  let url: string;

  /** The 6-digit code of the newest mail to the address, from /dev/mailbox.json (newest first). */
  async function mailedCode(to: string): Promise<string> {
    const mails = (await (await fetch(`${url}/dev/mailbox.json`)).json()) as { to: string; text: string }[];
    const code = mails.find((mail) => mail.to === to)?.text.match(/\b(\d{6})\b/)?.[1];
    if (!code) throw new Error(`no sign-in code in the dev mailbox for ${to}`);
    return code;
  }

  const areaMenu = () => page.getByRole('navigation', { name: "Sezioni dell'area personale" });

  beforeAll(async () => {
    session = await openBrowserSession();
    url = session.app.url;
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('sends a signed-out person from Profilo to the sign-in page, remembering where they were going', async () => {
    await page.goto(`${url}/area-personale/profilo`);
    await page.waitForURL(`${url}/accedi?ritorno=%2Farea-personale%2Fprofilo`);
    await page.getByRole('heading', { level: 1, name: 'Accedi' }).waitFor();
    await page.getByText('Per vedere questa pagina devi accedere.', { exact: false }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Accedi' }).waitFor();
  });

  it('mails a code to a new address and signs in with it, back on Profilo', async () => {
    const emailField = page.getByRole('textbox', { name: 'Indirizzo email' });
    await emailField.fill(email);
    await page.getByRole('button', { name: 'Invia codice' }).click();

    const codeField = page.getByRole('textbox', { name: 'Codice di accesso' });
    await codeField.waitFor();
    await page.getByText(`Abbiamo inviato un codice a ${email}.`, { exact: false }).waitFor();
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');

    await codeField.fill(await mailedCode(email));
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();

    await page.waitForURL(`${url}/area-personale/profilo`);
    await page.getByRole('heading', { level: 2, name: 'Profilo' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Indirizzo email' }).inputValue()).toBe(email);
    await page.getByText(`Hai effettuato l'accesso come ${email}.`).waitFor();
  });

  it('saves the name, which the Scrivania then greets', async () => {
    await page.getByRole('textbox', { name: 'Nome', exact: true }).fill('Giulia');
    await page.getByRole('textbox', { name: 'Cognome' }).fill('Verdi');
    await page.getByRole('button', { name: 'Salva i dati personali' }).click();
    await page.getByRole('status').getByText('Dati personali salvati.').waitFor();

    await areaMenu().getByRole('link', { name: 'Scrivania' }).click();
    await page.waitForURL(`${url}/area-personale`);
    await page.getByText('Ti diamo il benvenuto, Giulia.').waitFor();
    await page.getByText('Nessun appuntamento o pratica in corso').waitFor();
  });

  it('shows the welcome message in Messaggi, unread until opened', async () => {
    const header = page.getByRole('banner');
    await header.getByRole('link', { name: 'Area personale (1 messaggio non letto)' }).waitFor();

    await areaMenu().getByRole('link', { name: 'Messaggi' }).click();
    await page.waitForURL(`${url}/area-personale/messaggi`);
    const message = page.getByTestId('inbox-message').filter({ hasText: 'Benvenuto in Sportello' });
    await message.getByText('Non letto', { exact: true }).waitFor();

    await message.getByRole('button', { name: /Benvenuto in Sportello/ }).click();
    await message.getByText('Il tuo account è pronto.', { exact: false }).waitFor();
    await message.getByText('Non letto', { exact: true }).waitFor({ state: 'detached' });
    await header.getByRole('link', { name: 'Area personale', exact: true }).waitFor();
  });

  it('signs out, after which the personal area asks to sign in again', async () => {
    await areaMenu().getByRole('link', { name: 'Profilo' }).click();
    await page.waitForURL(`${url}/area-personale/profilo`);
    await page.getByRole('button', { name: 'Esci', exact: true }).click();

    await page.waitForURL(`${url}/accedi?stato=uscita`);
    await page.getByText('La sessione su questo dispositivo è stata chiusa.').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Accedi' }).waitFor();

    await page.goto(`${url}/area-personale`);
    await page.waitForURL(`${url}/accedi?ritorno=%2Farea-personale`);
    await page.getByRole('textbox', { name: 'Indirizzo email' }).waitFor();
  });
});
