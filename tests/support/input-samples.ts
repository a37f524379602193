import { randomUUID } from 'node:crypto';
import { type ZodType, z } from 'zod';

/**
 * Valid inputs for any procedure, built from its zod schemas (read as JSON Schema, the shape a caller
 * sends), so a test can walk every field of every procedure, including procedures added later. Where a
 * pattern or a rule cannot be read from the schema, a value is picked by field name; the caller checks
 * the sample against the real schemas, so a field this file cannot fill fails loudly instead of passing.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

export type FieldPath = (string | number)[];
/** A string or number the sample holds, with the schema that rules it. */
export type Leaf = { path: FieldPath; kind: 'string' | 'number' | 'integer'; schema: JsonSchema };
export type Sample = { value: unknown; leaves: Leaf[] };

/** Values for fields whose rule is a refinement or a transform that JSON Schema does not show. */
const byName: Record<string, string[]> = {
  office: ['sportello-polifunzionale'],
  organization: ['comune-di-valdoria'],
  service: ['carta-di-identita-elettronica'],
  code: ['ABCDE23456', '123456'],
  phone: ['+39 333 1234567'],
  fiscalCode: ['RSSMRA80A01H501U'],
  endpoint: ['https://push.example.net/send/abc'],
  p256dh: [Buffer.alloc(65, 4).toString('base64url')],
  auth: [Buffer.alloc(16, 7).toString('base64url')],
  secret: ['abcdefghijklmnopqrstuvwx'],
  transports: ['internal'],
};

const byFormat: Record<string, () => string[]> = {
  uuid: () => [randomUUID()],
  email: () => ['giulia.rossi@example.it'],
  date: () => ['2030-01-10'],
  'date-time': () => ['2030-01-10T09:00:00Z', '2030-01-10T09:00:00+01:00'],
};

const anyText = ['Testo di prova', 'abc', 'A'.repeat(43), '12345'];

function fits(schema: JsonSchema, text: string): boolean {
  if (schema.minLength !== undefined && text.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && text.length > schema.maxLength) return false;
  return schema.pattern === undefined || new RegExp(schema.pattern).test(text);
}

function stringSample(schema: JsonSchema, name: string): string {
  const candidates = [...(byName[name] ?? []), ...(byFormat[schema.format ?? '']?.() ?? []), ...anyText];
  const found = candidates.find((candidate) => fits(schema, candidate));
  if (found === undefined) throw new Error(`no sample text for “${name}”: add one to tests/support/input-samples.ts`);
  return found;
}

function numberSample(schema: JsonSchema, integer: boolean): number {
  const low = schema.minimum ?? (schema.exclusiveMinimum === undefined ? 1 : schema.exclusiveMinimum + 1);
  const high = schema.maximum ?? (schema.exclusiveMaximum === undefined ? low : schema.exclusiveMaximum - 1);
  const value = Math.min(Math.max(low, 1), high);
  return integer ? Math.ceil(value) : value;
}

const typeOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type;

/** Every shape a union allows gets its own sample; other fields repeat their first. */
function zip(parts: [key: string | number, variants: Sample[]][], make: (values: unknown[]) => unknown): Sample[] {
  const count = Math.max(1, ...parts.map(([, variants]) => variants.length));
  return Array.from({ length: count }, (_, index) => {
    const chosen = parts.map(([key, variants]) => [key, variants[index % variants.length]!] as const);
    return {
      value: make(chosen.map(([, sample]) => sample.value)),
      leaves: chosen.flatMap(([key, sample]) => sample.leaves.map((leaf) => ({ ...leaf, path: [key, ...leaf.path] }))),
    };
  });
}

function samplesOf(schema: JsonSchema, name: string): Sample[] {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.flatMap((option) => samplesOf(option, name));
  if (schema.const !== undefined) return [{ value: schema.const, leaves: [{ path: [], kind: 'string', schema }] }];
  if (schema.enum) return [{ value: schema.enum[0], leaves: [{ path: [], kind: 'string', schema }] }];
  const type = typeOf(schema);
  switch (type) {
    case 'object': {
      if (schema.properties) {
        const keys = Object.keys(schema.properties);
        const parts = keys.map((key) => [key, samplesOf(schema.properties![key]!, key)] as [string, Sample[]]);
        return zip(parts, (values) => Object.fromEntries(keys.map((key, index) => [key, values[index]])));
      }
      // A record (the answers of a form): one entry per shape its values may have.
      const values = typeof schema.additionalProperties === 'object' ? samplesOf(schema.additionalProperties, '') : [];
      const parts = values.map((sample, index) => [`answer${index}`, [sample]] as [string, Sample[]]);
      return zip(parts, (entries) => Object.fromEntries(entries.map((entry, index) => [`answer${index}`, entry])));
    }
    case 'array': {
      const items = samplesOf(schema.items ?? {}, name);
      const length = Math.max(1, schema.minItems ?? 1);
      return items.map((item) => ({
        value: Array.from({ length }, () => item.value),
        leaves: item.leaves.map((leaf) => ({ ...leaf, path: [0, ...leaf.path] })),
      }));
    }
    case 'string':
      return [{ value: stringSample(schema, name), leaves: [{ path: [], kind: 'string', schema }] }];
    case 'number':
    case 'integer':
      return [{ value: numberSample(schema, type === 'integer'), leaves: [{ path: [], kind: type, schema }] }];
    case 'boolean':
      return [{ value: true, leaves: [] }];
    default:
      return [{ value: null, leaves: [] }];
  }
}

/**
 * Valid inputs for a procedure whose input is parsed by these schemas (a staff procedure has two: the
 * office, then its own), one per shape a union allows, each with the strings and numbers it holds.
 */
export function inputSamples(inputs: ZodType[]): Sample[] {
  const parts = inputs.map(
    (input, index) =>
      [index, samplesOf(z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '')] as [
        number,
        Sample[],
      ],
  );
  return zip(parts, (values) => Object.assign({}, ...values)).map((sample) => ({
    value: sample.value,
    // Every input reads the same object: the index of the schema is not part of the path.
    leaves: sample.leaves.map((leaf) => ({ ...leaf, path: leaf.path.slice(1) })),
  }));
}

/** A copy of the value with one field replaced. */
export function withField(value: unknown, path: FieldPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = withField(copy[head!], rest, replacement);
  return copy;
}

export function fieldAt(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], value);
}
