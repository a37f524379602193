/**
 * "Chrome · Android" from a User-Agent string, to tell a person's devices, sessions and passkeys apart.
 * Deliberately coarse: the order matters (Edge and Samsung Internet also say Chrome, Chrome also says Safari).
 */
const browsers: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

const find = (list: [RegExp, string][], text: string) => list.find(([pattern]) => pattern.test(text))?.[1];

/** Browser and system when both are recognised. */
export function describeUserAgent(userAgent: string | null): { browser: string; os: string } | undefined {
  if (!userAgent) return undefined;
  const browser = find(browsers, userAgent);
  const os = find(systems, userAgent);
  return browser && os ? { browser, os } : undefined;
}

/** A name a person recognises a device by ("Chrome · Android"), from what is recognised; undefined if nothing. */
export function deviceNameFor(userAgent: string | undefined): string | undefined {
  const known = [find(browsers, userAgent ?? ''), find(systems, userAgent ?? '')].filter(Boolean);
  return known.join(' · ') || undefined;
}
