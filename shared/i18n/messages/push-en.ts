import type { pushIt } from './push-it';

/** English messages of push notifications: the same keys as push-it.ts, spread into area-en.ts. */
export const pushEn: Record<keyof typeof pushIt, string> = {
  'push.title': 'Notifications on your devices',
  'push.intro':
    'We let you know on your phone or computer when an appointment is near or changes and when a request moves on, even with Sportello closed. Every message also stays in Messages.',
  'push.state.on': 'Notifications are on for this device.',
  'push.state.off': 'Notifications are off for this device.',
  'push.state.blocked':
    "Your browser blocks Sportello's notifications. To allow them again, open the site settings (the icon next to the page address), allow notifications and reload the page.",
  'push.state.unsupported':
    'This browser cannot receive push notifications. You can use another browser: every message still stays in Messages.',
  'push.state.installFirst':
    'On iPhone and iPad notifications only arrive when Sportello is on the Home Screen: tap Share, then “Add to Home Screen”, and open Sportello from there.',
  'push.state.paused':
    'You turned push notification alerts off in Preferences: until you turn them back on, none of your devices will receive any.',
  'push.enable': 'Turn on notifications for this device',
  'push.enabling': 'Turning on…',
  'push.enabled': 'Notifications turned on for this device.',
  'push.disable': 'Turn off for this device',
  'push.disabling': 'Turning off…',
  'push.disabled': 'Notifications turned off for this device.',
  'push.error.denied':
    'You did not allow the browser to show notifications. If you change your mind, allow them in the site settings.',
  'push.error.timeout': 'The browser did not finish turning notifications on. Try again shortly or in another browser.',
  'push.error.failed': 'The browser could not turn notifications on. Try again shortly.',
  'push.devices.title': 'Devices that receive notifications',
  'push.devices.empty': 'No device receives notifications.',
  'push.devices.thisDevice': 'This device',
  'push.devices.added': 'Turned on on {date}',
  'push.devices.lastDelivered': 'Last notification: {date}',
  'push.devices.neverDelivered': 'No notification sent yet',
  'push.devices.remove': 'Remove',
  'push.devices.removeLabel': 'Remove {name} from the devices that receive notifications',
  'push.devices.removeTitle': 'Remove “{name}”?',
  'push.devices.removeBody':
    'The device will no longer receive notifications from Sportello. You can turn them on again from that device whenever you like.',
  'push.devices.removeConfirm': 'Remove the device',
  'push.devices.removed': '“{name}” will no longer receive notifications.',
  'push.prefs.title': 'Which notifications to receive',
  'push.prefs.intro': 'Each choice is saved at once and applies to all your devices.',
  'push.prefs.topics': 'By topic',
  'push.prefs.services': 'By service',
  'push.prefs.servicesHint': 'The services you booked or applied for.',
  'push.prefs.noServices':
    'Once you book an appointment or submit a request, you can choose the notifications of that service here.',
  'push.prefs.on': 'Notifications on: {name}.',
  'push.prefs.off': 'Notifications off: {name}.',
  'push.topic.appointment-reminders': 'Appointment reminders',
  'push.topic.appointment-changes': 'Appointment confirmations and changes',
  'push.topic.request-status': 'Progress of your requests',
  'push.topic.waitlist-offers': 'Places freed up for people on a waiting list',
  'push.offer.title': 'Would you like a notification when something changes?',
  'push.offer.body': 'We let you know on this device when there is news. You can change your mind any time in Profile.',
  'push.offer.accept': 'Turn on notifications',
  'push.offer.decline': 'No, thanks',
  'push.offer.declined': 'All right, we will not ask again. You can turn notifications on any time in Profile.',
  'push.offer.profile': 'Go to Profile',
};
