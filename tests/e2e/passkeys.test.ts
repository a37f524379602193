import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode } from '../support/test-app';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

/**
 * A citizen adds a passkey in Profilo and signs in with it, in Chromium with the DevTools virtual
 * authenticator standing in for the phone's fingerprint reader (a platform authenticator that keeps
 * discoverable credentials and always verifies the user).
 */
describe.skipIf(!browserAvailable)('a citizen signs in with a passkey', () => {
  const email = 'passkey.browser@example.it';
  let session: BrowserSession;
  let page: Page;
  let cdp: CDPSession;
  let authenticatorId: string;
  /** WebAuthn refuses IP addresses as RP IDs: the app is opened as localhost, which is a secure context. */
  let origin: string;

  beforeAll(async () => {
    session = await openBrowserSession();
    origin = session.app.url.replace('127.0.0.1', 'localhost');
    page = await session.context.newPage();
    cdp = await session.context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    }));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('signs in with an email code first', async () => {
    await page.goto(`${origin}/accedi`);
    await page.getByRole('heading', { level: 1, name: 'Accedi' }).waitFor();
    await page.getByRole('textbox', { name: 'Indirizzo email' }).fill(email);
    await page.getByRole('button', { name: 'Invia codice' }).click();
    const codeField = page.getByRole('textbox', { name: 'Codice di accesso' });
    await codeField.waitFor();
    await codeField.fill(await latestCode(session.app, email));
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Area personale' }).waitFor();
  });

  it('adds a passkey in Profilo', async () => {
    await page
      .getByRole('navigation', { name: "Sezioni dell'area personale" })
      .getByRole('link', { name: 'Profilo' })
      .click();
    await page.waitForURL(`${origin}/area-personale/profilo`);
    const passkeys = page.locator('[data-slot="passkeys"]');
    await passkeys.getByText('Non hai ancora aggiunto una passkey.').waitFor();
    await passkeys.getByRole('button', { name: 'Aggiungi una passkey' }).click();
    await passkeys
      .getByRole('status')
      .getByText(/Passkey «.+» aggiunta/)
      .waitFor();
    const list = passkeys.getByRole('list', { name: 'Le tue passkey' });
    expect(await list.getByRole('listitem').count()).toBe(1);
    await list.getByText('Non ancora usata per accedere').waitFor();

    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);
    expect(credentials[0]?.rpId).toBe('localhost');
  });

  it('renames the passkey', async () => {
    const passkeys = page.locator('[data-slot="passkeys"]');
    await passkeys.getByRole('button', { name: /^Rinomina la passkey/ }).click();
    const name = passkeys.getByRole('textbox', { name: /^Nuovo nome per/ });
    await name.fill('Telefono di prova');
    await passkeys.getByRole('button', { name: 'Salva il nome' }).click();
    await passkeys.getByRole('listitem').filter({ hasText: 'Telefono di prova' }).waitFor();
  });

  it('signs out, then signs in with the passkey alone', async () => {
    await page.getByRole('button', { name: 'Esci', exact: true }).click();
    await page.waitForURL(/\/accedi\?stato=uscita$/);
    await page.getByText('La sessione su questo dispositivo è stata chiusa.').waitFor();

    await page.getByRole('button', { name: 'Accedi con una passkey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Area personale' }).waitFor();
    await page.getByText(`Hai effettuato l'accesso come ${email}.`).waitFor();

    await page.goto(`${origin}/area-personale/profilo`);
    const passkeys = page.locator('[data-slot="passkeys"]');
    await passkeys.getByRole('listitem').filter({ hasText: 'Telefono di prova' }).waitFor();
    await passkeys.getByText(/Ultimo accesso:/).waitFor();
  });

  it('explains, and signs nobody in, when the passkey was removed from the account', async () => {
    const passkeys = page.locator('[data-slot="passkeys"]');
    await passkeys.getByRole('button', { name: 'Rimuovi la passkey «Telefono di prova»' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rimuovere la passkey «Telefono di prova»?' });
    await dialog.getByRole('button', { name: 'Rimuovi la passkey' }).click();
    await passkeys.getByText('Non hai ancora aggiunto una passkey.').waitFor();

    await page.getByRole('button', { name: 'Esci', exact: true }).click();
    await page.waitForURL(/\/accedi\?stato=uscita$/);
    // The device still holds the credential; the server no longer knows it.
    await page.getByRole('button', { name: 'Accedi con una passkey' }).click();
    await page
      .getByRole('alert')
      .getByText('Questa passkey non è registrata su Sportello.', { exact: false })
      .waitFor();
    expect(page.url()).toMatch(/\/accedi/);
  });
});
