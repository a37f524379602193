import { createECDH, randomBytes } from 'node:crypto';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushPayload } from '../../shared/push/api';
import { type ApiClient, latestCode, signIn } from '../support/test-app';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

const email = 'giulia.verdi@example.it';
const service = 'carta-di-identita-elettronica';
const otherDevice = 'Firefox · Windows';
/** A service worker the browser stopped while idle takes a moment to start again for an event. */
const waitForWorker = { timeout: 10_000 };

/** Keys of the right size and shape, as a browser's subscription has: the endpoint is never called. */
function fakeSubscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  return {
    endpoint,
    keys: { p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') },
    deviceName: otherDevice,
  };
}

/**
 * A citizen signs in, books an appointment and is offered notifications once; in Profilo sees and
 * removes a device, narrows what to receive, and is told when the browser blocks notifications. Then a
 * push message reaches the service worker through the DevTools protocol (this Chromium cannot subscribe
 * to a real push service): it shows as a notification, and its click opens the booking in the open
 * window and marks the inbox message read.
 */
describe.skipIf(!browserAvailable)('a citizen gets push notifications about an appointment', () => {
  let session: BrowserSession;
  let page: Page;
  let url: string;
  let api: ApiClient;
  let cdp: CDPSession;
  let code = '';

  const main = () => page.getByRole('main');
  const pushSection = () => main().getByRole('region', { name: 'Notifiche sul dispositivo' });
  const notifications = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((notification) => ({
        title: notification.title,
        body: notification.body,
        tag: notification.tag,
        icon: new URL(notification.icon).pathname,
        // Chromium has it; TypeScript's DOM types do not.
        badge: new URL((notification as Notification & { badge: string }).badge).pathname,
        data: notification.data as unknown,
      })),
    );

  async function serviceWorker(): Promise<Worker> {
    const running = session.context.serviceWorkers().find((worker) => worker.url().endsWith('/sw.js'));
    return running ?? session.context.waitForEvent('serviceworker');
  }

  async function registrationId(): Promise<string> {
    const registration = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((candidate) => candidate.scopeURL === `${url}/` && !candidate.isDeleted);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    return registration;
  }

  async function bookAppointment(): Promise<string> {
    await page.goto(`${url}/prenota/${service}/luogo`);
    await main().getByRole('button', { name: 'Avanti' }).click();
    await page.waitForURL(`${url}/prenota/${service}/data`);
    await main()
      .getByRole('button', { name: /^Prima data disponibile: / })
      .click();
    await main()
      .getByRole('radio', { name: /^\d\d:\d\d, / })
      .first()
      .check();
    await main().getByRole('button', { name: 'Avanti' }).click();
    await page.waitForURL(`${url}/prenota/${service}/dettagli`);
    await main().getByRole('combobox', { name: "Motivo dell'appuntamento" }).selectOption('prima');
    await main().getByRole('button', { name: 'Avanti' }).click();
    await page.waitForURL(`${url}/prenota/${service}/richiedente`);
    await main().getByRole('textbox', { name: 'Nome', exact: true }).fill('Giulia');
    await main().getByRole('textbox', { name: 'Cognome' }).fill('Verdi');
    const emailField = main().getByRole('textbox', { name: 'Indirizzo email' });
    if (!(await emailField.inputValue())) await emailField.fill(email);
    await main().getByRole('button', { name: 'Avanti' }).click();
    await page.waitForURL(`${url}/prenota/${service}/riepilogo`);
    await main().getByRole('button', { name: 'Conferma' }).click();
    await page.waitForURL(`${url}/prenota/${service}/conferma`);
    await main().getByRole('heading', { level: 1, name: 'Prenotazione confermata' }).waitFor();
    return (await main().locator('.booking-confirmed .booking-code').textContent())?.trim() ?? '';
  }

  beforeAll(async () => {
    session = await openBrowserSession();
    url = session.app.url;
    page = await session.context.newPage();
    cdp = await session.context.newCDPSession(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('signs in, with the service worker controlling the app', async () => {
    await page.goto(`${url}/accedi`);
    await main().getByRole('textbox', { name: 'Indirizzo email' }).fill(email);
    await main().getByRole('button', { name: 'Invia codice' }).click();
    const codeField = main().getByRole('textbox', { name: 'Codice di accesso' });
    await codeField.waitFor();
    await codeField.fill(await latestCode(session.app, email));
    await main().getByRole('button', { name: 'Accedi', exact: true }).click();
    await main().getByRole('heading', { level: 1, name: 'Area personale' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    api = await signIn(session.app, email);
  });

  it('is offered notifications after a booking, and not again once it said "No, grazie"', async () => {
    code = await bookAppointment();
    const offer = main().getByRole('complementary', { name: 'Vuoi ricevere una notifica quando cambia qualcosa?' });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Attiva le notifiche' }).waitFor();
    await offer.getByRole('button', { name: 'No, grazie' }).click();
    await offer.getByText('Va bene, non te lo chiederemo più.', { exact: false }).waitFor();
    expect(await offer.getByRole('button').count()).toBe(0);

    await page.reload();
    await main().getByRole('heading', { level: 1, name: 'Prenotazione confermata' }).waitFor();
    await main().getByRole('heading', { level: 2, name: 'Cosa portare' }).waitFor();
    expect(await main().getByTestId('push-offer').count()).toBe(0);
  });

  it('lists in Profilo a device that receives notifications, and removes it', async () => {
    await api.push.subscribe.mutate(fakeSubscription('https://push.example.test/send/other-device'));
    await page.goto(`${url}/area-personale/profilo`);
    await pushSection().getByText('Le notifiche non sono attive su questo dispositivo.').waitFor();
    const device = pushSection().getByRole('listitem').filter({ hasText: otherDevice });
    await device.waitFor();
    expect(await device.textContent()).not.toContain('Questo dispositivo');
    expect(await device.textContent()).toContain('Nessuna notifica inviata finora');

    await device
      .getByRole('button', { name: `Rimuovi ${otherDevice} dai dispositivi che ricevono le notifiche` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Rimuovere «${otherDevice}»?` });
    await dialog.getByRole('button', { name: 'Rimuovi il dispositivo' }).click();
    await pushSection().getByText(`«${otherDevice}» non riceverà più notifiche.`).waitFor();
    await pushSection().getByText('Nessun dispositivo riceve le notifiche.').waitFor();
    expect((await api.push.setup.query()).devices).toEqual([]);
  });

  it('keeps the choices per topic and per service across a reload', async () => {
    const reminders = pushSection().getByRole('checkbox', { name: 'Promemoria degli appuntamenti' });
    const identityCard = pushSection().getByRole('checkbox', { name: /^Carta d'identità elettronica/ });
    expect(await reminders.isChecked()).toBe(true);
    expect(await identityCard.isChecked()).toBe(true);

    await reminders.uncheck();
    await pushSection().getByText('Notifiche disattivate: Promemoria degli appuntamenti.').waitFor();
    await identityCard.uncheck();
    await pushSection()
      .getByText(/^Notifiche disattivate: Carta d'identità elettronica/)
      .waitFor();

    await page.reload();
    await reminders.waitFor();
    expect(await reminders.isChecked()).toBe(false);
    expect(await identityCard.isChecked()).toBe(false);
    expect(await pushSection().getByRole('checkbox', { name: 'Avanzamento delle pratiche' }).isChecked()).toBe(true);
    const preferences = await api.push.preferences.query();
    expect(preferences.topics['appointment-reminders']).toBe(false);
    expect(preferences.topics['appointment-changes']).toBe(true);
    expect(preferences.services.find((entry) => entry.slug === service)?.enabled).toBe(false);
  });

  it('says how to allow notifications again when the browser blocks them', async () => {
    await cdp.send('Browser.setPermission', {
      permission: { name: 'notifications' },
      setting: 'denied',
      origin: url,
    });
    await page.reload();
    await pushSection().getByText('Il browser blocca le notifiche di Sportello.', { exact: false }).waitFor();
    expect(
      await pushSection()
        .getByRole('button', { name: /^Attiva le notifiche/ })
        .count(),
    ).toBe(0);
  });

  it('tells the person when the browser does not finish subscribing', async () => {
    await session.context.grantPermissions(['notifications'], { origin: url });
    await page.reload();
    await pushSection().getByRole('button', { name: 'Attiva le notifiche su questo dispositivo' }).click();
    await pushSection()
      .getByRole('alert')
      .getByText(/Il browser non (ha completato|è riuscito)/)
      .waitFor({ timeout: 30_000 });
    expect((await api.push.setup.query()).devices).toEqual([]);
  });

  it('shows a pushed message as a notification, a newer one about the booking replacing it', async () => {
    const message = (await api.inbox.list.query({ limit: 10 })).find((entry) => entry.kind === 'booking-confirmed');
    expect(message?.readAt).toBeNull();
    const payload: PushPayload = {
      messageId: message?.id ?? '',
      kind: 'booking-confirmed',
      title: 'Prenotazione confermata',
      body: `Il tuo appuntamento ${code} è confermato.`,
      link: `/prenotazioni/${code}`,
      tag: `booking-${code}`,
      lang: 'it',
    };
    const registration = await registrationId();
    const deliver = (data: string) =>
      cdp.send('ServiceWorker.deliverPushMessage', { origin: url, registrationId: registration, data });

    await deliver(JSON.stringify({ ...payload, body: 'Prima versione.' }));
    await expect
      .poll(async () => (await notifications()).map((shown) => shown.body), waitForWorker)
      .toEqual(['Prima versione.']);
    // Not Sportello messages: ignored. The worker handles pushes in order, so once the next one shows,
    // these two have been handled.
    await deliver('not json');
    await deliver(JSON.stringify({ ...payload, tag: 'elsewhere', link: '//elsewhere.example/' }));
    await deliver(JSON.stringify(payload));
    await expect
      .poll(async () => (await notifications()).map((shown) => shown.body), waitForWorker)
      .toEqual([payload.body]);
    expect(await notifications()).toEqual([
      {
        title: payload.title,
        body: payload.body,
        tag: payload.tag,
        icon: '/icons/icon-192.png',
        badge: '/icons/badge-96.png',
        data: { link: payload.link, messageId: payload.messageId },
      },
    ]);
  });

  it('opens the booking in the open window when the notification is clicked, and marks the message read', async () => {
    await page.goto(`${url}/area-personale/profilo`);
    await pushSection().waitFor();
    const worker = await serviceWorker();
    // Chromium cannot click a system notification from a test: the worker gets the event it would get.
    await worker.evaluate(async () => {
      const scope = self as unknown as ServiceWorkerGlobalScope;
      const [notification] = await scope.registration.getNotifications();
      if (!notification) throw new Error('no notification to click');
      scope.dispatchEvent(new NotificationEvent('notificationclick', { notification }));
    });

    await page.waitForURL(`${url}/prenotazioni/${code}`);
    await main().getByText(code).first().waitFor();
    await expect.poll(notifications, waitForWorker).toEqual([]);
    const message = (await api.inbox.list.query({ limit: 10 })).find((entry) => entry.kind === 'booking-confirmed');
    expect(message?.readAt).not.toBeNull();
  });
});
