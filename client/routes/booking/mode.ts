import type { BookingMode } from '../../../shared/booking/schedule';
import { type MessageKey, t } from '../../lib/i18n';

const modeKeys: Record<BookingMode, MessageKey> = {
  in_person: 'booking.mode.in_person',
  phone: 'booking.mode.phone',
  video: 'booking.mode.video',
};

/** "In presenza", "Al telefono", "In videochiamata". */
export function modeName(mode: BookingMode): string {
  return t(modeKeys[mode]);
}
