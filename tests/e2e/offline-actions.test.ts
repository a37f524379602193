import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, freeSlots } from '../support/booking';
import { deskOffice, staffEmail, submission } from '../support/requests';
import { type ApiClient, latestCode, signIn } from '../support/test-app';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

const email = 'lucia.verdi@example.it';

/** Every record of one store of the app's IndexedDB, read as the page sees it (no database: none). */
function storeContents(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((database) => database.name === 'sportello-offline')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sportello-offline');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

const savedKeys = async (page: Page) => (await storeContents(page, 'personal')).map((entry) => String(entry.key));

/**
 * A signed-in citizen on a train: their appointment, their request and their messages stay readable
 * with no connection, with when they were last updated; what they do meanwhile (cancel the appointment,
 * answer the office, read a message) waits on the phone and reaches the server once when the connection
 * is back, and what the server can no longer accept is told in plain words. Signing out leaves nothing
 * of them on the device.
 */
describe.skipIf(!browserAvailable)('a signed-in citizen without network', () => {
  let session: BrowserSession;
  let page: Page;
  let url: string;
  let citizen: ApiClient;
  let staff: ApiClient;
  let code = '';
  let requestId = '';

  const main = () => page.getByRole('main');
  const bookingCard = () => main().locator(`[data-testid="booking-card"][data-code="${code}"]`);
  const cancellations = async () =>
    (
      await session.app.database.query<{ count: number }>(
        `select count(*)::int as count from booking_events e join bookings b on b.id = e.booking_id
         where b.code = $1 and e.kind = 'cancelled'`,
        [code],
      )
    )[0]!.count;

  beforeAll(async () => {
    session = await openBrowserSession();
    url = session.app.url;
    page = await session.context.newPage();
    citizen = await signIn(session.app, email);
    staff = await signIn(session.app, staffEmail);
    const [slot] = await freeSlots(citizen);
    code = (await bookSlot(citizen, slot!.start, { email })).code;
  });

  afterAll(async () => {
    await session?.context.setOffline(false);
    await session?.close();
  });

  async function signInHere(): Promise<void> {
    await page.goto(`${url}/accedi`);
    await page.getByRole('textbox', { name: 'Indirizzo email' }).fill(email);
    await page.getByRole('button', { name: 'Invia codice' }).click();
    const codeField = page.getByRole('textbox', { name: 'Codice di accesso' });
    await codeField.waitFor();
    await codeField.fill(await latestCode(session.app, email));
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.waitForURL(`${url}/area-personale`);
  }

  it('signs in and gets the service worker that keeps the app working offline', async () => {
    await signInHere();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  it('still shows the appointment offline, with when it was last updated', async () => {
    await page.goto(`${url}/prenotazioni`);
    await bookingCard().waitFor();
    await expect.poll(() => savedKeys(page)).toContain('booking.mine?[["include","upcoming"]]');

    await session.context.setOffline(true);
    await page.reload();
    await bookingCard().waitFor();
    await bookingCard()
      .getByText(/^Dati salvati su questo dispositivo, aggiornati il /)
      .waitFor();
    await page.getByText('Sei offline.', { exact: true }).waitFor();
  });

  it('cancels it offline: the cancellation waits on the phone, and the page says so', async () => {
    await bookingCard()
      .getByRole('button', { name: /^Annulla la prenotazione/ })
      .click();
    await page.getByRole('button', { name: 'Sì, annulla la prenotazione' }).click();
    await main()
      .getByRole('status')
      .getByText(/^Sei offline: l'annullamento dell'appuntamento .* sarà inviato appena torni online\.$/)
      .waitFor();
    await bookingCard().getByText('Annullamento in attesa di invio', { exact: false }).waitFor();
    await page
      .getByTestId('outbox-waiting')
      .getByText('Hai 1 modifica fatta senza connessione', { exact: false })
      .waitFor();
    expect(
      await bookingCard()
        .getByRole('button', { name: /^Annulla la prenotazione/ })
        .count(),
    ).toBe(0);
    expect((await storeContents(page, 'outbox')).map((entry) => entry.procedure)).toEqual(['booking.cancel']);
    expect((await citizen.booking.lookup.query({ code })).status).toBe('confirmed');
  });

  it('sends it once the connection is back: the server cancels it exactly once', async () => {
    await session.context.setOffline(false);
    await expect.poll(() => storeContents(page, 'outbox'), { timeout: 15_000 }).toEqual([]);
    expect((await citizen.booking.lookup.query({ code })).status).toBe('cancelled');
    expect(await cancellations()).toBe(1);
    await page.getByTestId('outbox-waiting').waitFor({ state: 'detached' });
    expect(await page.getByTestId('outbox-failed').count()).toBe(0);

    await page.goto(`${url}/prenotazioni/${code}`);
    await main().getByText('Questa prenotazione è stata annullata.').waitFor();
    // Reloads and the service worker's own replay send nothing more.
    expect(await cancellations()).toBe(1);
  });

  it('keeps a request with its history offline, and tells in plain words an answer the office could no longer take', async () => {
    const sent = await citizen.requests.submit.mutate(submission());
    requestId = sent.id;
    await staff.desk.requests.take.mutate({ office: deskOffice, id: requestId });
    await staff.desk.requests.move.mutate({
      office: deskOffice,
      id: requestId,
      to: 'needs_info',
      message: 'Ci mandi una foto della buca?',
    });
    await page.goto(`${url}/pratiche/${requestId}`);
    await main().getByRole('textbox', { name: 'La tua risposta' }).waitFor();
    await expect.poll(() => savedKeys(page)).toContain(`requests.get?[["id","${requestId}"]]`);

    await session.context.setOffline(true);
    await page.reload();
    await main().getByRole('heading', { level: 2, name: 'Storico della pratica' }).waitFor();
    await main().getByText('Ci mandi una foto della buca?').first().waitFor();
    await main()
      .getByText(/^Dati salvati su questo dispositivo, aggiornati il /)
      .waitFor();

    await main().getByRole('textbox', { name: 'La tua risposta' }).fill('La foto arriva stasera.');
    await main().getByRole('button', { name: 'Invia la risposta' }).click();
    await main().getByTestId('answer-waiting').getByText('La foto arriva stasera.').waitFor();

    // Meanwhile, from the computer, the citizen answers and the office decides.
    await citizen.requests.answer.mutate({ id: requestId, idempotencyKey: randomUUID(), message: 'Foto inviata.' });
    await staff.desk.requests.move.mutate({ office: deskOffice, id: requestId, to: 'approved' });

    await session.context.setOffline(false);
    const failed = page.getByTestId('outbox-failed');
    await failed.getByText('Una modifica fatta senza connessione non è stata accettata').waitFor({ timeout: 15_000 });
    await failed
      .getByText(
        /^Non è stato possibile inviare la tua risposta per la pratica «Segnalazione di disservizio»\. La pratica è «accolta»/,
      )
      .waitFor();
    // The page reads the request again: it shows where it stands now.
    await page.locator('[data-page="request"][data-status="approved"]').waitFor();
    const request = await citizen.requests.get.query({ id: requestId });
    expect(request.status).toBe('approved');
    expect(request.timeline.filter((event) => event.message === 'La foto arriva stasera.')).toEqual([]);

    await failed.getByRole('button', { name: 'Ho capito' }).click();
    await failed.waitFor({ state: 'detached' });
    expect(await storeContents(page, 'outbox')).toEqual([]);
  });

  it('reads the inbox offline and, in a browser without Background Sync, sends its changes from the page', async () => {
    // As in Firefox and Safari: the page sends what waits itself, on the `online` event.
    await page.addInitScript(() => {
      delete (window as { SyncManager?: unknown }).SyncManager;
    });
    await page.goto(`${url}/area-personale/messaggi`);
    const first = main().getByTestId('inbox-message').first();
    await first.waitFor();
    await expect.poll(() => savedKeys(page)).toContain('inbox.list?[]');
    const unreadBefore = (await citizen.inbox.unreadCount.query()).unread;
    expect(unreadBefore).toBeGreaterThan(0);

    await session.context.setOffline(true);
    await page.reload();
    await first.waitFor();
    await main()
      .getByText(/^Dati salvati su questo dispositivo, aggiornati il /)
      .waitFor();
    await main().getByRole('button', { name: 'Segna tutti come letti' }).click();
    await main().getByText('Sei offline: la modifica è salvata su questo dispositivo', { exact: false }).waitFor();
    expect((await citizen.inbox.unreadCount.query()).unread).toBe(unreadBefore);

    await session.context.setOffline(false);
    await expect.poll(() => storeContents(page, 'outbox'), { timeout: 15_000 }).toEqual([]);
    expect((await citizen.inbox.unreadCount.query()).unread).toBe(0);
  });

  it('leaves nothing of the person on the device after signing out', async () => {
    expect((await savedKeys(page)).length).toBeGreaterThan(0);
    await page.goto(`${url}/area-personale/profilo`);
    await main().getByRole('button', { name: 'Esci', exact: true }).click();
    await page.waitForURL(`${url}/accedi?stato=uscita`);
    expect(await storeContents(page, 'personal')).toEqual([]);
    expect(await storeContents(page, 'outbox')).toEqual([]);
    // The catalog stays: it is nobody's.
    expect((await storeContents(page, 'responses')).length).toBeGreaterThan(0);
  });

  it('clears the device when the session ends elsewhere, and keeps the bookings made here as a guest', async () => {
    const [slot] = await freeSlots(citizen);
    const guestBooking = await bookSlot(session.app.client('it'), slot!.start);
    await page.goto(`${url}/prenotazioni`);
    await main().getByRole('textbox', { name: 'Codice della prenotazione' }).fill(guestBooking.code);
    await main().getByRole('textbox', { name: 'Email usata per prenotare' }).fill(guestBooking.applicant.email);
    await main().getByRole('button', { name: 'Trova la prenotazione' }).click();
    await expect
      .poll(async () => (await storeContents(page, 'bookings')).map((entry) => entry.code))
      .toEqual([guestBooking.code]);

    await signInHere();
    await page.goto(`${url}/prenotazioni`);
    await expect.poll(() => savedKeys(page)).toContain('booking.mine?[["include","upcoming"]]');
    // "Esci da tutti i dispositivi", from the computer.
    await citizen.auth.signOutEverywhere.mutate();

    await page.reload();
    await expect.poll(() => storeContents(page, 'personal')).toEqual([]);
    expect((await storeContents(page, 'bookings')).map((entry) => entry.code)).toEqual([guestBooking.code]);
  });
});
