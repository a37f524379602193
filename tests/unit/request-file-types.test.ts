import { describe, expect, it } from 'vitest';
import {
  acceptedMediaTypes,
  extensionFor,
  isAcceptedMediaType,
  sniffBytesNeeded,
  sniffMediaType,
} from '../../shared/requests/file-types';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part)),
  );

const samples = {
  pdf: bytes('%PDF-1.7\n%âãÏÓ\n'),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF\0\x01'),
  webp: bytes('RIFF', [0x24, 0x08, 0x00, 0x00], 'WEBPVP8 '),
};

describe('attachment types by magic bytes', () => {
  it('recognises each accepted type from its first bytes', () => {
    expect(sniffMediaType(samples.pdf)).toBe('application/pdf');
    expect(sniffMediaType(samples.png)).toBe('image/png');
    expect(sniffMediaType(samples.jpeg)).toBe('image/jpeg');
    expect(sniffMediaType(samples.webp)).toBe('image/webp');
  });

  it('needs no more than sniffBytesNeeded bytes', () => {
    for (const sample of Object.values(samples)) {
      expect(sniffMediaType(sample.slice(0, sniffBytesNeeded))).not.toBeNull();
    }
  });

  it('refuses an executable renamed to .pdf', () => {
    expect(sniffMediaType(bytes('MZ', [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00]))).toBeNull();
    expect(sniffMediaType(bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0, 0, 0]))).toBeNull();
  });

  it('refuses plain text, even text that mentions PDF', () => {
    expect(sniffMediaType(bytes('Hello, this is not a PDF'))).toBeNull();
    expect(sniffMediaType(bytes(' %PDF-1.7 with a leading space'))).toBeNull();
  });

  it('refuses other RIFF files, such as a WAV recording', () => {
    expect(sniffMediaType(bytes('RIFF', [0x24, 0x08, 0x00, 0x00], 'WAVEfmt '))).toBeNull();
  });

  it('refuses input too short to tell', () => {
    expect(sniffMediaType(new Uint8Array())).toBeNull();
    expect(sniffMediaType(bytes('%PD'))).toBeNull();
    expect(sniffMediaType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffMediaType(bytes('RIFF', [0, 0, 0, 0], 'WEB'))).toBeNull();
  });

  it('names a file extension for every accepted type', () => {
    expect(acceptedMediaTypes.map(extensionFor)).toEqual(['pdf', 'png', 'jpg', 'webp']);
    expect(isAcceptedMediaType('image/png')).toBe(true);
    expect(isAcceptedMediaType('image/gif')).toBe(false);
  });
});
