/**
 * The part of oidc-provider (which ships no types) that the tests' identity gateway uses, written from
 * its documentation (docs/README.md of oidc-provider 9).
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type AccountClaims = { sub: string; [claim: string]: unknown };
  export type Account = {
    accountId: string;
    claims(use: string, scope: string): AccountClaims | Promise<AccountClaims>;
  };
  export type ClientMetadata = {
    client_id: string;
    client_secret?: string;
    redirect_uris: string[];
    [metadata: string]: unknown;
  };
  export type Configuration = {
    clients?: ClientMetadata[];
    findAccount?(ctx: unknown, sub: string): Account | undefined | Promise<Account | undefined>;
    claims?: Record<string, string[] | null>;
    features?: Record<string, { enabled: boolean; [option: string]: unknown }>;
    interactions?: { url?(ctx: unknown, interaction: { uid: string }): string | Promise<string> };
    pkce?: { required?(ctx: unknown, client: unknown): boolean };
    cookies?: { keys?: string[] };
    ttl?: Record<string, number>;
    [option: string]: unknown;
  };
  export type Interaction = {
    uid: string;
    prompt: {
      name: string;
      details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    };
    params: { client_id: string; [parameter: string]: unknown };
    session?: { accountId: string };
    grantId?: string;
  };
  export type InteractionResult =
    | { login?: { accountId: string }; consent?: { grantId?: string } }
    | { error: string; error_description?: string };

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    readonly Grant: typeof Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResult,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }

  export default Provider;
}
