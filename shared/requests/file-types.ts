/**
 * What a citizen may attach to a request: documents and photos that any office can open and print.
 * The type is read from the file's first bytes, never from its name or the browser's claim, so an
 * executable renamed to .pdf is refused.
 */

export const acceptedMediaTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];

/** How many leading bytes sniffMediaType needs to tell every accepted type apart (WebP's 'WEBP' ends at 12). */
export const sniffBytesNeeded = 12;

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

const signatures: readonly { type: AcceptedMediaType; offset: number; bytes: readonly number[] }[] = [
  { type: 'application/pdf', offset: 0, bytes: ascii('%PDF-') },
  { type: 'image/png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
];

const riff = ascii('RIFF');
const webp = ascii('WEBP');

function matchesAt(head: Uint8Array, offset: number, bytes: readonly number[]): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((byte, index) => head[offset + index] === byte);
}

/** The accepted type the bytes start like, or null for anything else (or too few bytes to tell). */
export function sniffMediaType(head: Uint8Array): AcceptedMediaType | null {
  for (const signature of signatures) {
    if (matchesAt(head, signature.offset, signature.bytes)) return signature.type;
  }
  // RIFF is a container (WAV and AVI use it too): bytes 4–7 are its size, 8–11 say what it holds.
  if (matchesAt(head, 0, riff) && matchesAt(head, 8, webp)) return 'image/webp';
  return null;
}

const extensions: Record<AcceptedMediaType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** The file name extension (without the dot) to save an attachment under, whatever it was uploaded as. */
export function extensionFor(type: AcceptedMediaType): string {
  return extensions[type];
}

export function isAcceptedMediaType(value: string): value is AcceptedMediaType {
  return acceptedMediaTypes.some((type) => type === value);
}
