import type { Locale } from './locale';

/** The parts of a zod issue we describe; kept structural so shared/ needs no zod internals. */
export type ValidationIssue = {
  code: string;
  path: PropertyKey[];
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
  values?: unknown[];
  keys?: string[];
  message?: string;
  /** A custom rule's name and numbers, set with refine(..., { params: { rule: 'rangeTooLong', max: 62 } }). */
  params?: Record<string, unknown>;
  /** A union's issues, one list per shape it allows. */
  errors?: ValidationIssue[][];
};

const fieldLabels: Record<Locale, Record<string, string>> = {
  it: {
    q: 'testo di ricerca',
    slug: 'identificativo',
    locale: 'lingua',
    page: 'pagina',
    pageSize: 'risultati per pagina',
    category: 'categoria',
    lifeEvent: 'evento della vita',
    organization: 'ente',
    limit: 'numero di risultati',
    email: 'indirizzo email',
    code: 'codice',
    givenName: 'nome',
    familyName: 'cognome',
    phone: 'telefono',
    fiscalCode: 'codice fiscale',
    confirmEmail: 'indirizzo email di conferma',
    service: 'servizio',
    office: 'ufficio',
    from: 'data di inizio',
    to: 'data di fine',
    date: 'data',
    start: 'orario',
    holdId: 'posto riservato',
    secret: 'chiave del posto riservato',
    idempotencyKey: "identificativo dell'operazione",
    reason: 'motivo',
    notes: 'note',
    kind: 'tipo',
    endpoint: 'indirizzo del servizio di notifica',
    p256dh: 'chiave pubblica del dispositivo',
    auth: 'segreto del dispositivo',
    deviceName: 'nome del dispositivo',
    topic: 'argomento',
    enabled: 'attivo',
    name: 'nome',
    message: 'messaggio',
    formVersion: 'versione del modulo',
  },
  en: {
    q: 'search text',
    slug: 'identifier',
    locale: 'language',
    page: 'page',
    pageSize: 'results per page',
    category: 'category',
    lifeEvent: 'life event',
    organization: 'organization',
    limit: 'number of results',
    email: 'email address',
    code: 'code',
    givenName: 'given name',
    familyName: 'surname',
    phone: 'phone',
    fiscalCode: 'tax code',
    confirmEmail: 'confirmation email address',
    service: 'service',
    office: 'office',
    from: 'start date',
    to: 'end date',
    date: 'date',
    start: 'time',
    holdId: 'reserved place',
    secret: 'reserved place key',
    idempotencyKey: 'operation identifier',
    // The booking form says "First name" and "Last name", the profile "Given name" and "Surname".
    'applicant.givenName': 'first name',
    'applicant.familyName': 'last name',
    reason: 'reason',
    notes: 'notes',
    kind: 'kind',

    endpoint: 'push service address',
    p256dh: 'device public key',
    auth: 'device secret',
    deviceName: 'device name',
    topic: 'topic',
    enabled: 'enabled',
    name: 'name',
    message: 'message',
    formVersion: 'form version',
  },
};

const phrases = {
  it: {
    field: (label: string) => `il campo «${label}»`,
    input: 'la richiesta',
    required: 'è obbligatorio',
    type: (expected: string) => `deve essere di tipo ${typeNames.it[expected] ?? expected}`,
    minString: (n: unknown) => `deve contenere almeno ${n} caratteri`,
    maxString: (n: unknown) => `può contenere al massimo ${n} caratteri`,
    minNumber: (n: unknown) => `deve essere almeno ${n}`,
    maxNumber: (n: unknown) => `può essere al massimo ${n}`,
    minArray: (n: unknown) => `deve contenere almeno ${n} elementi`,
    maxArray: (n: unknown) => `può contenere al massimo ${n} elementi`,
    format: 'non ha un formato valido',
    oneOf: (values: string) => `deve essere uno tra: ${values}`,
    unknownKeys: (keys: string) => `contiene campi non previsti: ${keys}`,
    invalid: 'non è valido',
    rules: {
      notBeforeStart: () => 'non può essere precedente alla data di inizio',
      rangeTooLong: (params: Record<string, unknown>) =>
        `può essere al massimo ${params.max} giorni dopo la data di inizio`,
      httpsAddress: () => 'deve essere un indirizzo https',
      keyBytes: (params: Record<string, unknown>) => `deve essere in base64url e valere ${params.bytes} byte`,
      singleLineText: () => 'contiene caratteri non ammessi: va scritto su una riga, senza caratteri di controllo',
      multiLineText: () => 'contiene caratteri non ammessi: togli i caratteri di controllo',
    },
  },
  en: {
    field: (label: string) => `the field “${label}”`,
    input: 'the request',
    required: 'is required',
    type: (expected: string) => `must be a ${typeNames.en[expected] ?? expected}`,
    minString: (n: unknown) => `must be at least ${n} characters long`,
    maxString: (n: unknown) => `must be at most ${n} characters long`,
    minNumber: (n: unknown) => `must be at least ${n}`,
    maxNumber: (n: unknown) => `must be at most ${n}`,
    minArray: (n: unknown) => `must contain at least ${n} items`,
    maxArray: (n: unknown) => `must contain at most ${n} items`,
    format: 'is not in a valid format',
    oneOf: (values: string) => `must be one of: ${values}`,
    unknownKeys: (keys: string) => `contains unexpected fields: ${keys}`,
    invalid: 'is not valid',
    rules: {
      notBeforeStart: () => 'must not be before the start date',
      rangeTooLong: (params: Record<string, unknown>) => `can be at most ${params.max} days after the start date`,
      httpsAddress: () => 'must be an https address',
      keyBytes: (params: Record<string, unknown>) => `must be base64url encoding ${params.bytes} bytes`,
      singleLineText: () =>
        'contains characters that are not allowed: write it on one line, without control characters',
      multiLineText: () => 'contains characters that are not allowed: remove the control characters',
    },
  },
};

const typeNames: Record<Locale, Record<string, string>> = {
  it: { string: 'testo', number: 'numero', int: 'numero intero', boolean: 'sì/no', object: 'oggetto', array: 'elenco' },
  en: { string: 'text', number: 'number', int: 'whole number', boolean: 'yes/no', object: 'object', array: 'list' },
};

export function fieldLabel(path: PropertyKey[], locale: Locale): string | undefined {
  const named = path.filter((part): part is string => typeof part === 'string');
  const last = named.at(-1);
  if (last === undefined) return undefined;
  const labels = fieldLabels[locale];
  return labels[named.slice(-2).join('.')] ?? labels[last] ?? named.join('.');
}

/** One sentence naming the field and the rule it broke, in the caller's language. */
export function describeIssue(issue: ValidationIssue, locale: Locale): string {
  const inner = issue.code === 'invalid_union' ? issueOfMatchingShape(issue) : undefined;
  if (inner) return describeIssue({ ...inner, path: [...issue.path, ...inner.path] }, locale);
  const say = phrases[locale];
  const label = fieldLabel(issue.path, locale);
  const subject = label ? say.field(label) : say.input;
  return `${subject} ${describeRule(issue, locale)}`;
}

/**
 * Of a union's shapes, the one the value has is the one to talk about: an answer that is an address with a
 * bad street is about the street, not "not valid".
 */
function issueOfMatchingShape(issue: ValidationIssue): ValidationIssue | undefined {
  const wrongShape = (issues: ValidationIssue[]) =>
    issues.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
  const matching = (issue.errors ?? []).filter((issues) => !wrongShape(issues));
  return matching.length === 1 ? matching[0]![0] : undefined;
}

function describeRule(issue: ValidationIssue, locale: Locale): string {
  const say = phrases[locale];
  const sized = (kind: 'min' | 'max', n: unknown) => {
    if (issue.origin === 'string') return kind === 'min' ? say.minString(n) : say.maxString(n);
    if (issue.origin === 'array' || issue.origin === 'set') return kind === 'min' ? say.minArray(n) : say.maxArray(n);
    return kind === 'min' ? say.minNumber(n) : say.maxNumber(n);
  };
  switch (issue.code) {
    case 'invalid_type':
      return issue.message?.includes('received undefined') ? say.required : say.type(String(issue.expected));
    case 'too_small':
      return sized('min', issue.minimum);
    case 'too_big':
      return sized('max', issue.maximum);
    case 'invalid_format':
      return say.format;
    case 'invalid_value':
      return say.oneOf((issue.values ?? []).map(String).join(', '));
    case 'unrecognized_keys':
      return say.unknownKeys((issue.keys ?? []).join(', '));
    case 'custom': {
      const rule = say.rules[String(issue.params?.rule) as keyof typeof say.rules];
      return rule ? rule(issue.params ?? {}) : say.invalid;
    }
    default:
      return say.invalid;
  }
}
