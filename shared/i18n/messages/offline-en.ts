import type { OfflineMessages } from './offline-it';

/** English messages of the outbox: the same keys as offline-it.ts, all of them. */
export const offlineEn: OfflineMessages = {
  'outbox.waitingOffline.one': 'You have {count} change made offline: it will be sent as soon as you are back online.',
  'outbox.waitingOffline.other':
    'You have {count} changes made offline: they will be sent as soon as you are back online.',
  'outbox.waitingOnline.one': 'Sending {count} change made offline…',
  'outbox.waitingOnline.other': 'Sending {count} changes made offline…',
  'outbox.failedTitle.one': 'One change made offline was not accepted',
  'outbox.failedTitle.other': '{count} changes made offline were not accepted',
  'outbox.failed.cancel': 'Your appointment on {day} at {time} ({service}) could not be cancelled. {reason}',
  'outbox.failed.reschedule':
    'Your appointment on {day} at {time} ({service}) could not be moved to {newDay} at {newTime}. {reason}',
  'outbox.failed.answer': 'Your answer for the request “{service}” could not be sent. {reason}',
  'outbox.failed.markRead': 'The message “{title}” could not be marked as read. {reason}',
  'outbox.failed.markUnread': 'The message “{title}” could not be marked as unread. {reason}',
  'outbox.failed.saveDraft': 'Your answers to the form “{service}” could not be saved. {reason}',
  'outbox.open.booking': 'Open the booking',
  'outbox.open.request': 'Open the request',
  'outbox.open.message': 'Go to your messages',
  'outbox.open.draft': 'Continue the form',
  'outbox.dismiss': 'Got it',
  'outbox.dropped.one':
    'One change made offline was not sent, because the session on this device ended first. Sign in again and make it again.',
  'outbox.dropped.other':
    '{count} changes made offline were not sent, because the session on this device ended first. Sign in again and make them again.',
};
