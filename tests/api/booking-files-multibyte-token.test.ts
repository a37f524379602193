import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, freeSlots } from '../support/booking';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The calendar file and the QR code of a booking are plain links with a token (`?t=`). A token of the
 * right length in characters but not in bytes (one "é" or "€" among them) made the comparison throw and
 * the route answer 500; it must answer exactly as any wrong token does: 404, same body.
 */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

const answer = async (response: Response) => ({
  status: response.status,
  type: response.headers.get('content-type'),
  body: await response.text(),
});

describe('booking files with a token of the right length holding a multi-byte character', () => {
  it('answer /ics/<code> and /qr/<code>.svg with the 404 of a wrong token', async () => {
    const [slot] = await freeSlots(testApp.client());
    const booking = await bookSlot(testApp.client(), slot!.start);
    const token = new URL(booking.icsPath, testApp.url).searchParams.get('t')!;
    expect(token).toHaveLength(32);
    expect((await fetch(`${testApp.url}${booking.icsPath}`)).status).toBe(200);

    for (const path of [`/ics/${booking.code}`, `/qr/${booking.code}.svg`]) {
      const wrong = await answer(await fetch(`${testApp.url}${path}?t=${'0'.repeat(32)}`));
      expect(wrong.status).toBe(404);
      for (const odd of [`é${token.slice(1)}`, `${token.slice(0, 31)}€`, 'ü'.repeat(32)]) {
        expect(odd).toHaveLength(32);
        const url = `${testApp.url}${path}?t=${encodeURIComponent(odd)}`;
        expect(await answer(await fetch(url)), `${path} with ${odd}`).toEqual(wrong);
      }
    }
  });
});
