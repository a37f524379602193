/**
 * "Chrome on Android" from a User-Agent string, to tell signed-in devices apart. Deliberately coarse:
 * the order matters (Edge and Samsung Internet also say Chrome, Chrome also says Safari).
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
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

const find = (list: [RegExp, string][], text: string) => list.find(([pattern]) => pattern.test(text))?.[1];

export function describeUserAgent(userAgent: string | null): { browser: string; os: string } | undefined {
  if (!userAgent) return undefined;
  const browser = find(browsers, userAgent);
  const os = find(systems, userAgent);
  return browser && os ? { browser, os } : undefined;
}
