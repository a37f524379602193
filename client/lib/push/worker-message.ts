/**
 * What the service worker posts to open pages. Its own module, free of page code, because the worker
 * imports it too.
 */
export const inboxChangedMessage = 'sportello:inbox-changed';
