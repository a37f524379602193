import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, browserAvailable, openBrowserSession } from './support/browser';

const service = 'carta-di-identita-elettronica';
const email = 'maria.rossi@example.it';
const codePattern = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
const changeableUntil =
  /^Potrai annullare o spostare l'appuntamento online fino a (lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) \d{1,2} \p{L}+ alle \d\d:\d\d\.$/u;
const dayLabel =
  /^(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) \d{1,2} \p{L}+, (1 posto libero|\d+ posti liberi|completo|chiuso: .+|non prenotabile)$/u;

/**
 * A guest books an appointment for the electronic identity card with the keyboard alone (Tab, Enter,
 * Space, the arrow keys, typing: no clicks), from the home page's "Prenota appuntamento" to the
 * confirmation with its code and QR code, asking on the way for more time on the held place and told
 * until when the appointment can be changed online; finds the booking in "Le mie prenotazioni" (kept on
 * this device) and cancels it there, which the server confirms. Then the warning on a time already past
 * that deadline, and the picker on a 360 px wide screen.
 */
describe.skipIf(!browserAvailable)('a guest books an appointment with the keyboard, then cancels it', () => {
  let session: BrowserSession;
  let page: Page;
  let url: string;
  let code = '';

  /** Presses Tab until the element has the focus, as a keyboard user would; fails if it never does. */
  async function tabTo(target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
    await target.waitFor();
    for (let presses = 0; presses < 150; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${target}`);
  }

  const addDays = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const focusedDate = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date);
  /** When the held place lapses, as the wizard keeps it for this tab. */
  const heldUntil = () =>
    page.evaluate(() => {
      const wizard = JSON.parse(sessionStorage.getItem('sportello.booking.wizard') ?? '{}');
      return Date.parse(wizard.hold?.expiresAt ?? '');
    });
  const main = () => page.getByRole('main');

  beforeAll(async () => {
    session = await openBrowserSession();
    url = session.app.url;
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('goes from the home page to the service and its office, step 1 of 5', async () => {
    await page.goto(`${url}/`);
    await tabTo(main().getByRole('link', { name: 'Prenota appuntamento' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenota`);

    await tabTo(main().getByRole('link', { name: /Carta d'identità elettronica/ }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenota/${service}/luogo`);
    await page.getByText('Passo 1 di 5').waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Luogo');
    // A single office: chosen already, and still shown.
    expect(await page.getByRole('radio', { name: /Sportello polifunzionale/ }).isChecked()).toBe(true);

    await tabTo(page.getByRole('button', { name: 'Avanti' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenota/${service}/data`);
  });

  it('picks the first available date, moves in the grid with the arrows, and holds a time', async () => {
    await page.getByText('Passo 2 di 5').waitFor();
    const grid = page.getByRole('grid');
    await grid.waitFor();
    // Every day says what it is to a screen reader.
    for (const label of await grid.getByRole('button').evaluateAll((days) => days.map((day) => day.ariaLabel)))
      expect(label).toMatch(dayLabel);

    await tabTo(page.getByRole('button', { name: /^Prima data disponibile: / }));
    await page.keyboard.press('Enter');
    const chosen = grid.locator('button[aria-pressed="true"]');
    await chosen.waitFor();
    const date = await chosen.getAttribute('data-date');
    expect(await chosen.getAttribute('aria-label')).toMatch(/posti? liber[oi]$/);

    await tabTo(chosen);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedDate).not.toBe(date);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedDate).toBe(date);
    // On to a free day at least two days later: a booking for today could no longer be cancelled.
    const earliest = addDays(date ?? '', 2);
    let previous: string | null | undefined = date;
    for (let presses = 0; presses < 45; presses++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(focusedDate).not.toBe(previous);
      previous = await focusedDate();
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if ((previous ?? '') >= earliest && /posti? liber[oi]$/.test(label)) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => chosen.getAttribute('data-date')).toBe(await focusedDate());

    const firstTime = page.getByRole('radio', { name: /^\d\d:\d\d, (1 posto libero|\d+ posti liberi)$/ }).first();
    await tabTo(firstTime);
    await page.keyboard.press('Space');
    expect(await firstTime.isChecked()).toBe(true);
    await main().getByText(changeableUntil).waitFor();

    await tabTo(page.getByRole('button', { name: 'Avanti' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenota/${service}/dettagli`);
    await page.getByText('Tempo rimasto:', { exact: false }).waitFor();
  });

  it('keeps the place for longer with "Mi serve più tempo", pressed from the keyboard', async () => {
    const before = await heldUntil();
    await tabTo(page.getByRole('button', { name: 'Mi serve più tempo' }));
    await page.keyboard.press('Enter');
    await page
      .getByTestId('hold-countdown')
      .getByRole('status')
      .getByText(/^Il posto resta tuo per altri \d+ minuti, fino alle \d\d:\d\d\.$/)
      .waitFor();
    expect(await heldUntil()).toBeGreaterThan(before);
    // The focus stays on the button, where the keyboard user left it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mi serve più tempo');
  });

  it('gives a reason, then the applicant, and confirms from the summary', async () => {
    const reason = page.getByRole('combobox', { name: "Motivo dell'appuntamento" });
    await tabTo(reason);
    await page.keyboard.type('Prima');
    expect(await reason.inputValue()).toBe('prima');
    await tabTo(page.getByRole('textbox', { name: "Note per l'ufficio (facoltative)" }));
    await page.keyboard.type('Porto la vecchia carta scaduta.');
    await tabTo(page.getByRole('button', { name: 'Avanti' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenota/${service}/richiedente`);

    await tabTo(page.getByRole('textbox', { name: 'Nome', exact: true }));
    await page.keyboard.type('Maria');
    await tabTo(page.getByRole('textbox', { name: 'Cognome' }));
    await page.keyboard.type('Rossi');
    await tabTo(page.getByRole('textbox', { name: 'Indirizzo email' }));
    await page.keyboard.type(email);
    await tabTo(page.getByRole('button', { name: 'Avanti' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenota/${service}/riepilogo`);

    await page.getByText('Passo 5 di 5').waitFor();
    await main().getByText('Maria Rossi').waitFor();
    await main().getByText(email).waitFor();
    await main().getByText('Prima richiesta').waitFor();
    // Two days ahead, the office's day of notice for changes has not begun: the summary says until when.
    await main().getByText(changeableUntil).waitFor();
    const confirm = page.getByRole('button', { name: 'Conferma' });
    const described = await confirm.evaluate(
      (button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(described).toMatch(changeableUntil);
    await tabTo(confirm);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenota/${service}/conferma`);
  });

  it('shows the booking code, the QR code and the calendar file', async () => {
    await page.getByRole('heading', { level: 1, name: 'Prenotazione confermata' }).waitFor();
    code = (await page.locator('.booking-confirmed .booking-code').textContent())?.trim() ?? '';
    expect(code).toMatch(codePattern);

    const qr = page.getByRole('img', { name: `Codice QR della prenotazione ${code}` });
    await qr.waitFor();
    await expect
      .poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBeGreaterThan(0);

    const ics = page.getByRole('link', { name: 'Scarica il file per il calendario (.ics)' });
    const calendar = await page.context().request.get(`${url}${await ics.getAttribute('href')}`);
    expect(calendar.ok()).toBe(true);
    expect(await calendar.text()).toContain('BEGIN:VCALENDAR');
    await page.getByRole('link', { name: 'Aggiungi a Google Calendar' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Cosa portare' }).waitFor();
  });

  it('lists the booking in "Le mie prenotazioni" from this device and cancels it there', async () => {
    await tabTo(main().getByRole('link', { name: 'Le mie prenotazioni', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/prenotazioni`);

    const card = page.getByTestId('booking-card').filter({ hasText: code });
    await card.getByText('Confermata').waitFor();
    await tabTo(card.getByRole('button', { name: /^Annulla la prenotazione/ }));
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Annullare la prenotazione?' });
    await dialog.waitFor();
    await tabTo(dialog.getByRole('button', { name: 'Sì, annulla la prenotazione' }), { backwards: true });
    await page.keyboard.press('Enter');

    await page.getByRole('status').getByText('Prenotazione annullata', { exact: false }).waitFor();
    await card.getByText('Annullata').waitFor();

    const booking = await session.app.client('it').booking.lookup.query({ code, email });
    expect(booking.status).toBe('cancelled');
  });

  it('offers "Prenota appuntamento" in the service page\'s "Accedi al servizio"', async () => {
    await page.goto(`${url}/servizi/${service}`);
    const access = page.locator('#accedi-al-servizio');
    const book = access.getByRole('link', { name: 'Prenota appuntamento' });
    await book.waitFor();
    expect(await book.getAttribute('href')).toBe(`/prenota/${service}/luogo`);
  });

  it('warns on the time list when the deadline for changes has already passed for that time', async (ctx) => {
    const today = new Date().toISOString().slice(0, 10);
    const { offices } = await session.app
      .client('it')
      .booking.availability.query({ service, from: today, to: addDays(today, 6) });
    const office = offices[0];
    const first = office?.days.flatMap((day) => day.slots).find((slot) => slot.free > 0);
    // Only when the first free time is inside the office's notice for changes (not over a long weekend).
    if (!office || !first || Date.parse(first.start) - office.cancelDeadlineMinutes * 60_000 > Date.now()) ctx.skip();

    const other = await session.context.newPage();
    await other.goto(`${url}/prenota/${service}/data`);
    await other.getByRole('button', { name: /^Prima data disponibile: / }).click();
    const time = other.getByRole('radio', { name: new RegExp(`^${first?.localTime}, `) });
    await time.check();
    const warning = other.getByRole('main').locator('#booking-cancel-deadline');
    await warning.getByText('Attenzione:').waitFor();
    expect(await warning.textContent()).toContain("il termine per annullare o spostare l'appuntamento online");
    expect(await warning.textContent()).toContain('è già passato');
    await other.close();
  });

  it('fits the date picker on a 360 px wide screen, without scrolling sideways', async () => {
    const narrow = await session.context.newPage();
    await narrow.setViewportSize({ width: 360, height: 780 });
    await narrow.goto(`${url}/prenota/${service}/data`);
    await narrow.getByRole('grid').waitFor();
    await narrow.getByRole('button', { name: /^Prima data disponibile: / }).click();
    await narrow.getByRole('radio').first().waitFor();

    const overflow = await narrow.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      grid: Math.ceil(document.querySelector('[role="grid"]')?.getBoundingClientRect().right ?? 0),
      width: document.documentElement.clientWidth,
    }));
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.grid).toBeLessThanOrEqual(overflow.width);
    // Touch targets stay usable: every day button at least 44 px tall.
    const heights = await narrow
      .getByRole('grid')
      .getByRole('button')
      .evaluateAll((days) => days.map((day) => day.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await narrow.close();
  });
});
