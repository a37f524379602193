import { z } from 'zod';
import { singleLineText } from '../text';

/**
 * Inputs and outputs of auth.passkeys.*: the two WebAuthn ceremonies (register, sign in) and the
 * person's own list of passkeys. Shapes follow the JSON that @simplewebauthn/browser produces.
 */

const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/);

/** WebAuthn caps credential ids at 1023 bytes: 1364 characters of base64url. */
export const CredentialId = base64url(1364);

/** The random token of a ceremony in progress (32 bytes, base64url), returned by the *Options calls. */
export const FlowId = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const PasskeyName = singleLineText({ min: 1, max: 60 });

const Transports = z.array(singleLineText({ max: 32, trim: false })).max(16);

export const RegistrationResponse = z.object({
  id: CredentialId,
  rawId: CredentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(8192),
    attestationObject: base64url(65_536),
    authenticatorData: base64url(32_768).optional(),
    transports: Transports.optional(),
    publicKeyAlgorithm: z.int().optional(),
    publicKey: base64url(16_384).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  // Only credProps is read; other extension outputs are dropped rather than refused.
  clientExtensionResults: z.object({ credProps: z.object({ rk: z.boolean().optional() }).optional() }),
});

export const AuthenticationResponse = z.object({
  id: CredentialId,
  rawId: CredentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(8192),
    authenticatorData: base64url(32_768),
    signature: base64url(16_384),
    userHandle: base64url(512).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  // No extension is read at sign-in; any outputs are dropped rather than refused.
  clientExtensionResults: z.object({ appid: z.boolean().optional() }),
});

export const RegisterPasskeyInput = z.object({
  flowId: FlowId,
  response: RegistrationResponse,
  /** Optional: without one the passkey is named after the browser and system that created it. */
  name: PasskeyName.optional(),
});
export type RegisterPasskeyInput = z.infer<typeof RegisterPasskeyInput>;

export const SignInWithPasskeyInput = z.object({ flowId: FlowId, response: AuthenticationResponse });
export type SignInWithPasskeyInput = z.infer<typeof SignInWithPasskeyInput>;

export const PasskeyIdInput = z.object({ id: CredentialId });
export const RenamePasskeyInput = z.object({ id: CredentialId, name: PasskeyName });

const CredentialDescriptor = z.object({
  id: z.string(),
  type: z.string(),
  transports: z.array(z.string()).optional(),
});
const Requirement = z.enum(['discouraged', 'preferred', 'required']);
const Hints = z.array(z.enum(['hybrid', 'security-key', 'client-device'])).optional();

/** What navigator.credentials.create needs, as JSON (PublicKeyCredentialCreationOptionsJSON). */
export const PasskeyCreationOptions = z.object({
  rp: z.object({ id: z.string().optional(), name: z.string() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  challenge: z.string(),
  pubKeyCredParams: z.array(z.object({ alg: z.int(), type: z.literal('public-key') })),
  timeout: z.int().optional(),
  excludeCredentials: z.array(CredentialDescriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
      requireResidentKey: z.boolean().optional(),
      residentKey: Requirement.optional(),
      userVerification: Requirement.optional(),
    })
    .optional(),
  hints: Hints,
  attestation: z.enum(['direct', 'enterprise', 'indirect', 'none']).optional(),
  extensions: z.object({ credProps: z.boolean().optional() }).optional(),
});

/** What navigator.credentials.get needs, as JSON (PublicKeyCredentialRequestOptionsJSON). */
export const PasskeyRequestOptions = z.object({
  challenge: z.string(),
  timeout: z.int().optional(),
  rpId: z.string().optional(),
  allowCredentials: z.array(CredentialDescriptor).optional(),
  userVerification: Requirement.optional(),
  hints: Hints,
});

export const PasskeyRegistrationStart = z.object({ flowId: FlowId, options: PasskeyCreationOptions });
export type PasskeyRegistrationStart = z.infer<typeof PasskeyRegistrationStart>;
export const PasskeySignInStart = z.object({ flowId: FlowId, options: PasskeyRequestOptions });
export type PasskeySignInStart = z.infer<typeof PasskeySignInStart>;

/** One of the person's passkeys as their Profilo lists it; the public key never leaves the server. */
export const Passkey = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  deviceType: z.enum(['singleDevice', 'multiDevice']),
  backedUp: z.boolean(),
});
export type Passkey = z.infer<typeof Passkey>;
