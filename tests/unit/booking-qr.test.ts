import { describe, expect, it } from 'vitest';
import { bookingQrSvg } from '../../server/features/booking/qr';

describe('booking QR code', () => {
  it('is an accessible SVG image named after the code', async () => {
    const svg = await bookingQrSvg('ABCDEFGHJK');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="QR ABCDE-FGHJK"');
    expect(svg).toMatch(/^<svg[^>]*><title>QR ABCDE-FGHJK<\/title><path /);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('is the same drawing for the same code and a different one for another code', async () => {
    const first = await bookingQrSvg('ABCDEFGHJK');
    expect(await bookingQrSvg('ABCDEFGHJK')).toBe(first);
    expect(await bookingQrSvg('ABCDEFGHJM')).not.toBe(first);
  });

  it('escapes a localized label', async () => {
    const svg = await bookingQrSvg('ABCDEFGHJK', { label: 'Codice "ABCDE-FGHJK" <prenotazione> & QR' });
    expect(svg).toContain('aria-label="Codice &quot;ABCDE-FGHJK&quot; &lt;prenotazione&gt; &amp; QR"');
  });

  it('refuses anything but a normalized booking code', async () => {
    await expect(bookingQrSvg('ABCDE-FGHJK')).rejects.toThrow(RangeError);
    await expect(bookingQrSvg('mario.rossi@example.it')).rejects.toThrow(RangeError);
  });
});
