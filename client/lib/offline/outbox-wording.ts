import type { OfflineMessageKey } from '../../../shared/i18n/messages/offline-it';
import type { OutboxEntry } from './outbox-plan';

/**
 * A refused action in plain words: what the citizen tried to do, on what, and the server's reason
 * ("Non è stato possibile annullare l'appuntamento di martedì 3 dicembre alle 10:00 (…). Questa
 * prenotazione è già stata annullata."). The translation and the date format are passed in, so the
 * wording is tested without a page.
 */
export type Translate = (key: OfflineMessageKey, params: Record<string, string>) => string;

export function failureText(entry: OutboxEntry, t: Translate, formatDay: (date: string) => string): string {
  const reason = entry.failure?.message ?? '';
  switch (entry.procedure) {
    case 'booking.cancel': {
      const { service, date, time } = entry.subject;
      return t('outbox.failed.cancel', { day: formatDay(date), time, service, reason });
    }
    case 'booking.reschedule': {
      const { service, date, time, newDate, newTime } = entry.subject;
      return t('outbox.failed.reschedule', {
        day: formatDay(date),
        time,
        service,
        newDay: newDate ? formatDay(newDate) : '',
        newTime: newTime ?? '',
        reason,
      });
    }
    case 'requests.answer':
      return t('outbox.failed.answer', { service: entry.subject.service, reason });
    case 'inbox.markRead':
      return t(entry.input.read ? 'outbox.failed.markRead' : 'outbox.failed.markUnread', {
        title: entry.subject.title,
        reason,
      });
    case 'requests.saveDraft':
      return t('outbox.failed.saveDraft', { service: entry.subject.title, reason });
  }
}
