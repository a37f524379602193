import type { AttachmentView, RequestFormOutput } from '../../shared/requests/api';
import { sniffBytesNeeded, sniffMediaType } from '../../shared/requests/file-types';
import { failureMessage } from './form-state';
import { locale, t } from './i18n';

/**
 * Attachments travel as plain HTTP, not through tRPC: the raw file is the body of one POST to the
 * request (a draft must exist first), and the answer is the stored attachment. The server checks size
 * and type again, by the file's content; checking here first spares a phone a pointless upload.
 */

export type UploadLimits = RequestFormOutput['limits'];

/** Why a file cannot be attached, in words, or undefined when it can be sent. */
export async function fileProblem(file: File, limits: UploadLimits): Promise<string | undefined> {
  if (file.size === 0) return t('requests.file.empty', { name: file.name });
  if (file.size > limits.fileBytes)
    return t('requests.file.tooLarge', { name: file.name, size: formatBytes(limits.fileBytes) });
  const head = new Uint8Array(await file.slice(0, sniffBytesNeeded).arrayBuffer());
  const type = sniffMediaType(head);
  if (!type || !limits.mediaTypes.includes(type)) return t('requests.file.badType', { name: file.name });
  return undefined;
}

/** An upload refused by the server, with its message already in the reader's language. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** Sends one file to a draft or request of the person's; `field` is the form field it answers. */
export async function uploadAttachment(requestId: string, file: File, field?: string): Promise<AttachmentView> {
  const search = new URLSearchParams({ name: file.name });
  if (field) search.set('field', field);
  let response: Response;
  try {
    response = await fetch(`/files/requests/${encodeURIComponent(requestId)}/attachments?${search}`, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/octet-stream',
        'x-sportello-request': '1',
        'x-locale': locale(),
      },
    });
  } catch (cause) {
    throw new UploadError(failureMessage(cause));
  }
  if (response.status === 201) return (await response.json()) as AttachmentView;
  throw await refusalOf(response);
}

/** The server's refusal: tRPC-shaped ({ error: { message, data: { appCode } } }) or plain { code, message }. */
async function refusalOf(response: Response): Promise<UploadError> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: string; data?: { appCode?: string } }; code?: string; message?: string }
    | undefined;
  const message = body?.error?.message ?? body?.message;
  const code = body?.error?.data?.appCode ?? body?.code;
  if (message) return new UploadError(message, code);
  return new UploadError(response.status === 413 ? t('requests.file.tooLargeAny') : t('error.action'), code);
}

/** 1,5 MB, 820 kB: sizes as people read them, in the reader's language. */
export function formatBytes(bytes: number): string {
  const tag = locale() === 'it' ? 'it-IT' : 'en-GB';
  if (bytes < 1024 * 1024) {
    const kB = Math.max(1, Math.round(bytes / 1024));
    return `${new Intl.NumberFormat(tag).format(kB)} kB`;
  }
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(mb)} MB`;
}

/** PDF, PNG, JPEG, WebP: the accepted types as people know them. */
const typeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
};

export function typeNames(mediaTypes: readonly string[]): string {
  return mediaTypes.map((type) => typeLabels[type] ?? type).join(', ');
}
