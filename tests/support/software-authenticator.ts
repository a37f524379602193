import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

/**
 * A WebAuthn authenticator in software, so API tests can register passkeys and sign in with them
 * without a browser: ES256 keys, "none" attestation, discoverable credentials, a signature counter.
 * It builds every byte itself (CBOR, authenticator data, client data) rather than borrowing the
 * server library's helpers, so the server is checked against an independent implementation.
 */

type CreationOptions = { challenge: string; rp: { id?: string }; user: { id: string } };
type RequestOptions = { challenge: string; rpId?: string };

export type StoredCredential = {
  id: string;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  counter: number;
};

/** What a test may change to forge a bad response: the origin the "browser" reports, the challenge it signs. */
export type Tampering = { origin?: string; challenge?: string };

const flags = { userPresent: 0x01, userVerified: 0x04, attestedCredential: 0x40 };

export class SoftwareAuthenticator {
  readonly credentials: StoredCredential[] = [];

  /** navigator.credentials.create: a new discoverable ES256 credential for the options' RP and user. */
  createCredential(options: CreationOptions, origin: string, tampering: Tampering = {}) {
    const rpId = options.rp.id ?? new URL(origin).hostname;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const idBytes = randomBytes(16);
    const credential: StoredCredential = {
      id: idBytes.toString('base64url'),
      rpId,
      userHandle: options.user.id,
      privateKey,
      publicKey,
      counter: 0,
    };
    this.credentials.push(credential);
    const attestedCredentialData = Buffer.concat([
      Buffer.alloc(16), // AAGUID: all zeros, as "none" attestation allows
      uint16(idBytes.length),
      idBytes,
      coseKeyOf(publicKey),
    ]);
    const authData = authenticatorData(rpId, flags.attestedCredential, 0, attestedCredentialData);
    const clientDataJSON = clientData(
      'webauthn.create',
      tampering.challenge ?? options.challenge,
      tampering.origin ?? origin,
    );
    const attestationObject = cbor(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    return {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key' as const,
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        attestationObject: attestationObject.toString('base64url'),
        transports: ['internal'],
      },
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: { credProps: { rk: true } },
    };
  }

  /**
   * navigator.credentials.get without allowCredentials: the newest credential held for the RP (or the
   * one named), its counter moved forward, the assertion signed.
   */
  getAssertion(options: RequestOptions, origin: string, tampering: Tampering & { credentialId?: string } = {}) {
    const rpId = options.rpId ?? new URL(origin).hostname;
    const credential = this.credentials.findLast(
      (candidate) => candidate.rpId === rpId && (!tampering.credentialId || candidate.id === tampering.credentialId),
    );
    if (!credential) throw new Error(`the software authenticator holds no credential for ${rpId}`);
    credential.counter += 1;
    const authData = authenticatorData(rpId, 0, credential.counter);
    const clientDataJSON = clientData(
      'webauthn.get',
      tampering.challenge ?? options.challenge,
      tampering.origin ?? origin,
    );
    const signed = Buffer.concat([authData, createHash('sha256').update(clientDataJSON).digest()]);
    return {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key' as const,
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        // Node signs EC keys in DER, which is what WebAuthn expects for ES256.
        signature: sign('sha256', signed, credential.privateKey).toString('base64url'),
        userHandle: credential.userHandle,
      },
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: {},
    };
  }
}

function authenticatorData(rpId: string, extraFlags: number, counter: number, attested?: Buffer): Buffer {
  const counterBytes = Buffer.alloc(4);
  counterBytes.writeUInt32BE(counter);
  return Buffer.concat([
    createHash('sha256').update(rpId).digest(),
    Buffer.from([flags.userPresent | flags.userVerified | extraFlags]),
    counterBytes,
    ...(attested ? [attested] : []),
  ]);
}

function clientData(type: string, challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

/** The public key as a COSE_Key: EC2 (1), ES256 (-7), P-256 (1), x and y. */
function coseKeyOf(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  return cbor(
    new Map<number, unknown>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]),
  );
}

function uint16(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}

/** Just enough CBOR (RFC 8949) for attestation objects and COSE keys: integers, bytes, text, maps. */
function cbor(value: unknown): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  if (typeof value === 'string') {
    const text = Buffer.from(value);
    return Buffer.concat([head(3, text.length), text]);
  }
  if (value instanceof Map) {
    return Buffer.concat([head(5, value.size), ...[...value].flatMap(([key, item]) => [cbor(key), cbor(item)])]);
  }
  throw new Error(`cannot encode ${typeof value} as CBOR`);
}

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
  if (length < 0x10000) return Buffer.concat([Buffer.from([(major << 5) | 25]), uint16(length)]);
  throw new Error('CBOR item too long for this encoder');
}
