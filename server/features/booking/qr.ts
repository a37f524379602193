import QRCode from 'qrcode';
import { formatBookingCode, isBookingCode } from '../../../shared/booking/code';

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The QR code a kiosk scans to check a citizen in: it holds the bare code and nothing else, so a photo of
 * it reveals no personal data. Level M survives a scratched printout or a cracked phone screen, and the
 * two-module margin keeps scanners working on a white page. The label defaults to the code itself, which
 * reads the same in every language; callers with a catalog message can pass a localized one.
 */
export async function bookingQrSvg(code: string, options: { label?: string } = {}): Promise<string> {
  if (!isBookingCode(code)) throw new RangeError('a QR code is only made for a normalized booking code');
  const svg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const label = escapeXml(options.label ?? `QR ${formatBookingCode(code)}`);
  return svg
    .trim()
    .replace(/^<svg /, `<svg role="img" aria-label="${label}" `)
    .replace(/^(<svg[^>]*>)/, `$1<title>${label}</title>`);
}
