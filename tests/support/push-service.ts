import { execFile } from 'node:child_process';
import * as crypto from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A Web Push service (RFC 8030) over HTTPS that checks what the app's server sends the way a browser vendor's
 * service and the browser would: the request headers, the VAPID JWT (RFC 8292) and the aes128gcm payload
 * (RFC 8188/8291), decrypted here with node:crypto alone so a bug shared with the sending library cannot hide.
 * It is a plain network service, so server processes spawned by the bench can push to it too; they trust it
 * through `ca` (or `caFile` as NODE_EXTRA_CA_CERTS).
 */
export interface FakeDevice {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
  /** The `k` parameter: the application server's key, base64url of the uncompressed point. */
  publicKey: string;
}

export interface ReceivedPush {
  deviceId: string;
  /** JSON.parse of `text`, or undefined when the text is not JSON. */
  payload: unknown;
  text: string;
  ttl: number;
  urgency: string | undefined;
  topic: string | undefined;
  vapid: VapidClaims;
}

export interface RejectedPush {
  deviceId: string;
  status: number;
  reason: string;
}

export interface PushService {
  /** https://127.0.0.1:<port>, also the `aud` every VAPID JWT must carry. */
  origin: string;
  /** PEM of the self-signed certificate the sender must trust. */
  ca: string;
  /** The same PEM on disk, for NODE_EXTRA_CA_CERTS of spawned processes; removed by close(). */
  caFile: string;
  /** A new browser subscription, as PushSubscription.toJSON() would give it. */
  device(): FakeDevice;
  received: ReceivedPush[];
  rejected: RejectedPush[];
  /**
   * Answers for the next requests to this device, one per request that passes every check (so retries are
   * checked too); 2xx statuses accept the message. A 429 carries `Retry-After: 1`. After the script: 201.
   */
  respondWith(deviceId: string, statuses: number[]): void;
  /** When set, a JWT signed with any other key is refused with 403. */
  expectVapidKey(publicKey: string | undefined): void;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedPush[]>;
  close(): Promise<void>;
}

type DeviceKeys = { ecdh: crypto.ECDH; publicKey: Buffer; auth: Buffer };

const maxBody = 4096;
const maxVapidLifetimeSeconds = 24 * 60 * 60;
const urgencies = new Set(['very-low', 'low', 'normal', 'high']);

class Refusal extends Error {
  constructor(
    readonly status: number,
    reason: string,
  ) {
    super(reason);
  }
}

// Generated per run rather than committed so no long-lived private key sits in the tree; the openssl CLI is
// on every machine we run on (Debian CI included) and takes a few milliseconds.
async function makeCertificate(dir: string): Promise<{ key: string; cert: string; certFile: string }> {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  await promisify(execFile)('openssl', [
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'],
    ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    ...['-keyout', keyFile, '-out', certFile],
  ]);
  const [key, cert] = await Promise.all([readFile(keyFile, 'utf8'), readFile(certFile, 'utf8')]);
  await rm(keyFile);
  return { key, cert, certFile };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseJwtPart(part: string): Record<string, unknown> {
  const value = parseJson(Buffer.from(part, 'base64url').toString('utf8'));
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  throw new Refusal(401, 'VAPID JWT part is not a JSON object');
}

function p256Key(raw: Buffer): crypto.KeyObject {
  if (raw.length !== 65 || raw[0] !== 4) throw new Refusal(401, 'VAPID k is not an uncompressed P-256 point');
  const coordinate = (from: number) => raw.subarray(from, from + 32).toString('base64url');
  try {
    return crypto.createPublicKey({
      format: 'jwk',
      key: { kty: 'EC', crv: 'P-256', x: coordinate(1), y: coordinate(33) },
    });
  } catch {
    throw new Refusal(401, 'VAPID k is not a point on P-256');
  }
}

function checkVapid(authorization: string | undefined, origin: string, expectedKey: Buffer | undefined): VapidClaims {
  const scheme = /^vapid\s+(.+)$/i.exec(authorization ?? '');
  if (!scheme) throw new Refusal(401, 'no "Authorization: vapid" header');
  const params = new Map<string, string>();
  for (const part of scheme[1]!.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) params.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  const token = params.get('t');
  const k = params.get('k');
  if (!token || !k) throw new Refusal(401, 'VAPID authorization lacks t or k');
  const rawKey = Buffer.from(k, 'base64url');
  const key = p256Key(rawKey);

  const [head, body, signature, ...extra] = token.split('.');
  if (!head || !body || !signature || extra.length > 0) throw new Refusal(401, 'VAPID JWT is not a JWS');
  if (parseJwtPart(head).alg !== 'ES256') throw new Refusal(401, 'VAPID JWT alg is not ES256');
  const rs = Buffer.from(signature, 'base64url');
  const signed = Buffer.from(`${head}.${body}`);
  if (rs.length !== 64 || !crypto.verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, rs)) {
    throw new Refusal(401, 'VAPID JWT signature does not match k');
  }

  const { aud, exp, sub } = parseJwtPart(body);
  if (aud !== origin) throw new Refusal(401, `VAPID aud ${String(aud)} is not ${origin}`);
  const now = Date.now() / 1000;
  if (typeof exp !== 'number' || exp <= now) throw new Refusal(401, 'VAPID exp is missing or past');
  if (exp > now + maxVapidLifetimeSeconds) throw new Refusal(401, 'VAPID exp is more than 24 hours ahead');
  if (typeof sub !== 'string' || !/^(mailto|https):/.test(sub)) {
    throw new Refusal(401, 'VAPID sub is neither mailto: nor https:');
  }
  if (expectedKey && !rawKey.equals(expectedKey)) {
    throw new Refusal(403, 'VAPID key is not the application server key this service expects');
  }
  return { aud, exp, sub, publicKey: k };
}

const hkdf = (ikm: Buffer, salt: Buffer, info: Buffer | string, length: number) =>
  Buffer.from(crypto.hkdfSync('sha256', ikm, salt, info, length));

function decrypt(body: Buffer, device: DeviceKeys): string {
  if (body.length < 21) throw new Refusal(400, 'body is shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  if (body[20] !== 65) throw new Refusal(400, 'aes128gcm keyid is not a 65-byte public key');
  const asPublic = body.subarray(21, 86);
  const record = body.subarray(86);
  if (record.length < 17) throw new Refusal(400, 'aes128gcm record is shorter than its tag');
  if (record.length > recordSize) throw new Refusal(400, 'aes128gcm body holds more than one record');

  let ecdhSecret: Buffer;
  try {
    ecdhSecret = device.ecdh.computeSecret(asPublic);
  } catch {
    throw new Refusal(400, 'aes128gcm keyid is not a point on P-256');
  }
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.publicKey, asPublic]);
  const ikm = hkdf(ecdhSecret, device.auth, keyInfo, 32);
  const cek = hkdf(ikm, salt, 'Content-Encoding: aes128gcm\0', 16);
  const nonce = hkdf(ikm, salt, 'Content-Encoding: nonce\0', 12);

  let plain: Buffer;
  try {
    const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
    decipher.setAuthTag(record.subarray(-16));
    plain = Buffer.concat([decipher.update(record.subarray(0, -16)), decipher.final()]);
  } catch {
    throw new Refusal(400, 'aes128gcm record does not decrypt (wrong keys or tampered body)');
  }
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  if (plain[end] !== 2) throw new Refusal(400, 'aes128gcm padding delimiter is not 0x02 (last record)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain.subarray(0, end));
  } catch {
    throw new Refusal(400, 'payload is not UTF-8');
  }
}

function checkHeaders(req: IncomingMessage): Pick<ReceivedPush, 'ttl' | 'urgency' | 'topic'> {
  const ttl = req.headers.ttl;
  if (typeof ttl !== 'string' || !/^\d+$/.test(ttl)) throw new Refusal(400, 'TTL header missing or not an integer');
  if (req.headers['content-encoding'] !== 'aes128gcm') throw new Refusal(415, 'Content-Encoding is not aes128gcm');
  const urgency = req.headers.urgency as string | undefined;
  if (urgency !== undefined && !urgencies.has(urgency)) throw new Refusal(400, `unknown Urgency ${urgency}`);
  const topic = req.headers.topic as string | undefined;
  if (topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(topic)) {
    throw new Refusal(400, 'Topic is not up to 32 base64url characters');
  }
  return { ttl: Number(ttl), urgency, topic };
}

async function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Drained to the end even when too large, so the sender reads our 413 instead of a reset connection.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBody) chunks.push(chunk);
  }
  return { body: Buffer.concat(chunks), tooLarge: size > maxBody };
}

export async function startPushService(): Promise<PushService> {
  const dir = await mkdtemp(join(tmpdir(), 'sportello-push-'));
  const { key, cert, certFile } = await makeCertificate(dir);
  const devices = new Map<string, DeviceKeys>();
  const scripts = new Map<string, number[]>();
  const received: ReceivedPush[] = [];
  const rejected: RejectedPush[] = [];
  const waiters = new Set<() => void>();
  let expectedKey: Buffer | undefined;
  let origin = '';

  const accept = async (req: IncomingMessage, res: ServerResponse, deviceId: string) => {
    const { body, tooLarge } = await readBody(req);
    if (req.method !== 'POST') throw new Refusal(405, 'push messages are POSTed');
    const device = devices.get(deviceId);
    if (!device) throw new Refusal(404, 'no such subscription');
    const headers = checkHeaders(req);
    const vapid = checkVapid(req.headers.authorization, origin, expectedKey);
    if (tooLarge) throw new Refusal(413, `body is larger than ${maxBody} bytes`);
    const text = decrypt(body, device);

    const status = scripts.get(deviceId)?.shift() ?? 201;
    if (status >= 300) {
      if (status === 429) res.setHeader('Retry-After', '1');
      throw new Refusal(status, 'scripted answer');
    }
    received.push({ deviceId, payload: parseJson(text), text, ...headers, vapid });
    for (const wake of waiters) wake();
    res.writeHead(status, { Location: `${origin}/message/${crypto.randomUUID()}` }).end();
  };

  const server = createServer({ key, cert }, (req, res) => {
    const deviceId = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1] ?? '';
    accept(req, res, deviceId).catch((error: unknown) => {
      const status = error instanceof Refusal ? error.status : 500;
      const reason = error instanceof Error ? error.message : String(error);
      rejected.push({ deviceId, status, reason });
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end(reason);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    ca: cert,
    caFile: certFile,
    received,
    rejected,
    device() {
      const id = crypto.randomUUID();
      const ecdh = crypto.createECDH('prime256v1');
      const publicKey = ecdh.generateKeys();
      const auth = crypto.randomBytes(16);
      devices.set(id, { ecdh, publicKey, auth });
      const keys = { p256dh: publicKey.toString('base64url'), auth: auth.toString('base64url') };
      return { id, endpoint: `${origin}/push/${id}`, keys };
    },
    respondWith(deviceId, statuses) {
      scripts.set(deviceId, [...statuses]);
    },
    expectVapidKey(publicKey) {
      expectedKey = publicKey === undefined ? undefined : Buffer.from(publicKey, 'base64url');
    },
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve([...received]);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const refusals = JSON.stringify(rejected);
          reject(new Error(`expected ${count} push messages, got ${received.length}; refused: ${refusals}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Connections from the app to this push service: trusting its certificate, kept alive as in production. */
export function trustingAgent(service: PushService): Agent {
  return new Agent({ ca: service.ca, keepAlive: true });
}
