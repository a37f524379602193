import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskOffice, pngBytes, staffEmail } from '../support/requests';
import { type ApiClient, latestCode, signIn } from '../support/test-app';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

const citizenEmail = 'clara.blu@example.it';

/**
 * A citizen reports a pothole from the service page: signs in when asked, answers one question per page
 * (the place with its coordinates, a photo attached), checks the answers and sends them. Then, with their
 * request's page left open, the office takes it, asks for the house number, gets the answer typed on that
 * page, and approves it: every change appears on the open page without reloading it. The office acts
 * through its own API client, as its desk console does.
 */
describe.skipIf(!browserAvailable)('a citizen sends a request and follows it live while the office works it', () => {
  let session: BrowserSession;
  let page: Page;
  let url: string;
  let staff: ApiClient;
  let requestId = '';

  const main = () => page.getByRole('main');
  const continueButton = () => main().getByRole('button', { name: 'Continua' });
  const announced = (status: string) =>
    page.getByText(`La pratica è stata aggiornata. Nuovo stato: ${status}.`, { exact: false }).waitFor();

  beforeAll(async () => {
    session = await openBrowserSession();
    url = session.app.url;
    page = await session.context.newPage();
    staff = await signIn(session.app, staffEmail);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('starts from the service page and signs in on the way, back at the form', async () => {
    await page.goto(`${url}/servizi/segnalazione-disservizio`);
    await main().getByRole('link', { name: 'Compila la domanda online' }).click();
    // Exact: the service page's own "Accedi al servizio" link must not be mistaken for the sign-in one.
    await main().getByRole('link', { name: 'Accedi', exact: true }).click();
    await page.getByRole('textbox', { name: 'Indirizzo email' }).fill(citizenEmail);
    await page.getByRole('button', { name: 'Invia codice' }).click();
    const codeField = page.getByRole('textbox', { name: 'Codice di accesso' });
    await codeField.waitFor();
    await codeField.fill(await latestCode(session.app, citizenEmail));
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await main().getByRole('radio', { name: 'Strade, buche e marciapiedi' }).waitFor();
    expect(page.url()).toContain('/pratiche/nuova/segnalazione-disservizio');
  });

  it('asks one thing per page, stops at a missing answer, and takes a photo checked by the server', async () => {
    await continueButton().click();
    await page.getByRole('alert').getByText('Che cosa vuoi segnalare', { exact: false }).waitFor();
    await main().getByRole('radio', { name: 'Strade, buche e marciapiedi' }).check();
    await continueButton().click();

    await main().getByRole('textbox', { name: 'Via e numero civico' }).fill('Via Roma');
    await main().getByRole('textbox', { name: 'CAP' }).fill('50100');
    await main().getByRole('textbox', { name: 'Comune' }).fill('Valdoria');
    await main().getByLabel('Latitudine').fill('43.7');
    await main().getByLabel('Longitudine').fill('11.1');
    await continueButton().click();

    await main()
      .getByRole('textbox', { name: 'Descrivi il problema' })
      .fill('Una buca profonda davanti alla fermata del bus, pericolosa di sera.');
    await continueButton().click();

    await main()
      .locator('input[type=file]')
      .setInputFiles({ name: 'buca.png', mimeType: 'image/png', buffer: pngBytes });
    await page.getByText('Hai allegato 1 file a questa domanda.', { exact: false }).waitFor();
    await continueButton().click();

    await main().getByRole('radio', { name: 'No' }).check();
    await continueButton().click();
    await main().getByRole('heading', { name: 'Controlla le tue risposte' }).waitFor();
    await main().getByText('Una buca profonda davanti alla fermata del bus', { exact: false }).waitFor();
  });

  it('sends the request and shows its protocol number', async () => {
    await main().getByRole('button', { name: 'Invia la domanda' }).click();
    await page.waitForURL(/\/pratiche\/[0-9a-f-]{36}$/);
    requestId = page.url().split('/').at(-1)!;
    await main()
      .getByText(/Il numero di protocollo è \d{4}\/\d{6}/)
      .waitFor();
    await main().getByText('buca.png').first().waitFor();
  });

  it('shows each of the office’s moves on the open page, and sends the answer from it', async () => {
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await staff.desk.requests.take.mutate({ office: deskOffice, id: requestId });
    await announced('In lavorazione');

    await staff.desk.requests.move.mutate({
      office: deskOffice,
      id: requestId,
      to: 'needs_info',
      message: 'Qual è il numero civico più vicino?',
    });
    await announced('In attesa di integrazioni');
    await main().getByText('Qual è il numero civico più vicino?').first().waitFor();

    await main().getByRole('textbox', { name: 'La tua risposta' }).fill('Davanti al civico 14.');
    await main().getByRole('button', { name: 'Invia la risposta' }).click();
    await announced('In lavorazione');

    await staff.desk.requests.move.mutate({
      office: deskOffice,
      id: requestId,
      to: 'approved',
      message: 'Riparazione programmata.',
    });
    await announced('Accolta');

    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    const onServer = await staff.desk.requests.get.query({ office: deskOffice, id: requestId });
    expect(onServer.timeline.map((entry) => entry.to)).toEqual([
      'submitted',
      'in_review',
      'needs_info',
      'in_review',
      'approved',
    ]);
    expect(onServer.timeline[3]).toMatchObject({ actor: 'citizen', message: 'Davanti al civico 14.' });
    expect(onServer.attachments.map((file) => file.name)).toEqual(['buca.png']);
  });
});
