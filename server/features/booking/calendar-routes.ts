import type { FastifyInstance } from 'fastify';
import { buildIcs } from '../../../shared/booking/calendar';
import { isBookingCode, normalizeBookingCode } from '../../../shared/booking/code';
import type { Database } from '../../db/client';
import { sameSecret } from '../auth/tokens';
import { findBookingByCode } from './manage';
import { bookingQrSvg } from './qr';
import { type BookingRecord, calendarTexts, calendarToken } from './views';

/**
 * Plain HTTP where calendars and <img> expect it: /ics/<code>?t=<token> (RFC 5545) and
 * /qr/<code>.svg?t=<token>. The token comes with the booking's view; without it both answer 404, exactly
 * as for a code that does not exist. Neither is kept by any cache (no-store): they are one person's
 * appointment, and the token in their address opens it.
 */
export function registerBookingFiles(app: FastifyInstance, deps: { db: Database; authSecret: string }) {
  async function findWithToken(code: string, token: unknown): Promise<BookingRecord | undefined> {
    const normalized = normalizeBookingCode(code);
    if (!isBookingCode(normalized) || typeof token !== 'string') return undefined;
    const record = await findBookingByCode(deps.db, normalized);
    return record && sameSecret(token, calendarToken(deps.authSecret, record.booking.id)) ? record : undefined;
  }

  app.get<{ Params: { code: string }; Querystring: { t?: string } }>('/ics/:code', async (request, reply) => {
    const record = await findWithToken(request.params.code, request.query.t);
    if (!record) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    const { booking } = record;
    const ics = buildIcs({
      uid: `booking-${booking.id}@sportello`,
      sequence: booking.sequence,
      method: booking.status === 'cancelled' ? 'CANCEL' : 'PUBLISH',
      start: booking.startsAt,
      end: booking.endsAt,
      timeZone: record.office.timeZone,
      ...calendarTexts(record, booking.locale),
      created: booking.createdAt,
      dtstamp: booking.updatedAt,
    });
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="appuntamento-${booking.code}.ics"`)
      .type('text/calendar; charset=utf-8')
      .send(ics);
  });

  app.get<{ Params: { file: string }; Querystring: { t?: string } }>('/qr/:file', async (request, reply) => {
    const code = request.params.file.replace(/\.svg$/, '');
    const record = await findWithToken(code, request.query.t);
    if (!record) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply
      .header('cache-control', 'no-store')
      .type('image/svg+xml; charset=utf-8')
      .send(await bookingQrSvg(record.booking.code));
  });
}
