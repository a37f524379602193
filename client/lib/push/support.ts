/**
 * Whether this browser can receive Web Push at all. iPhone and iPad are special: Safari offers push only
 * to a web app added to the Home Screen, so there the answer is "install first" rather than "no".
 */
export type PushSupport = 'supported' | 'unsupported' | 'install-first';

function isAppleMobile(): boolean {
  // iPadOS reports itself as a Mac; its touch screen tells it apart.
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1)
  );
}

function isInstalled(): boolean {
  return (
    (navigator as Navigator & { standalone?: boolean }).standalone === true ||
    window.matchMedia('(display-mode: standalone)').matches
  );
}

export function pushSupport(): PushSupport {
  if ('serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) return 'supported';
  return isAppleMobile() && !isInstalled() ? 'install-first' : 'unsupported';
}

/** The browser's answer to "may Sportello show notifications?"; 'default' means it has not been asked. */
export function notificationPermission(): NotificationPermission {
  return 'Notification' in window ? Notification.permission : 'denied';
}
