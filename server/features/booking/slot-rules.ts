import { formatLocalDate, formatSlotMoment, inBothLocales } from '../../../shared/booking/format';
import type { Slot } from '../../../shared/booking/schedule';
import { checkSlot } from '../../../shared/booking/slots';
import { AppError } from '../../errors/app-error';
import type { BookableOffice } from './bookable';

/** The generated slot at `start`, or the domain error that tells the citizen why it cannot be booked now. */
export function requireBookableSlot(office: BookableOffice, start: string | Date, now: Date): Slot {
  const check = checkSlot({ schedule: office.schedule, service: office.rules, start, now });
  if (check.ok) return check.slot;
  const { problem } = check;
  switch (problem.kind) {
    case 'in_past':
      throw new AppError('SLOT_IN_PAST');
    case 'too_soon':
      throw new AppError('SLOT_TOO_SOON', {
        earliest: inBothLocales((locale) => formatSlotMoment(problem.earliestStart, office.schedule.timeZone, locale)),
      });
    case 'beyond_window':
      throw new AppError('SLOT_BEYOND_WINDOW', {
        lastDate: inBothLocales((locale) => formatLocalDate(problem.lastDate, locale)),
      });
    case 'office_closed':
      throw new AppError('SLOT_OFFICE_CLOSED', { reason: problem.closure.reason });
    case 'not_in_schedule':
      throw new AppError('SLOT_NOT_OFFERED');
  }
}
