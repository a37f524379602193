import { z } from 'zod';
import { LocalizedTextSchema } from '../catalog/content';
import { multiLineText, singleLineText } from '../text';

/**
 * An online form as data: what a service owner publishes and the client renders. Every published form
 * is a numbered version; a submission is checked against the version it was filled in with.
 */

export const fieldTypes = [
  'text',
  'longText',
  'number',
  'date',
  'choice',
  'multiChoice',
  'yesNo',
  'email',
  'phone',
  'fiscalCode',
  'iban',
  'address',
  'file',
] as const;
export const FieldTypeSchema = z.enum(fieldTypes);
export type FieldType = z.infer<typeof FieldTypeSchema>;

/** Field ids are the keys of the answers object: short, stable, camelCase. */
export const FieldIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-zA-Z0-9]*$/);

export const ChoiceOptionSchema = z.object({
  value: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  label: LocalizedTextSchema,
});

/** Show this field only when another field's answer equals a value (yes/no: true or false). */
export const FieldConditionSchema = z.object({
  field: FieldIdSchema,
  equals: z.union([z.string(), z.boolean()]),
});
export type FieldCondition = z.infer<typeof FieldConditionSchema>;

export const FormFieldSchema = z.object({
  id: FieldIdSchema,
  type: FieldTypeSchema,
  label: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  required: z.boolean().default(false),
  /**
   * Bounds by type: number → value; text and long text → length; date → days from today (negative is
   * in the past, e.g. max 0 means "not in the future"); multiple choice and file → how many.
   */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Choices for choice and multiChoice. */
  options: z.array(ChoiceOptionSchema).optional(),
  /** For address fields: also ask for the exact position (a pin or the phone's location). */
  withLocation: z.boolean().optional(),
  showIf: FieldConditionSchema.optional(),
});
export type FormField = z.infer<typeof FormFieldSchema>;

/** One page of the form: a single question, or a short group that belongs together. */
export const FormPageSchema = z.object({
  id: FieldIdSchema,
  title: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  fields: z.array(FormFieldSchema).min(1).max(6),
});
export type FormPage = z.infer<typeof FormPageSchema>;

export const FormDefinitionSchema = z
  .object({
    pages: z.array(FormPageSchema).min(1).max(30),
  })
  .superRefine((form, context) => {
    const seen = new Map<string, FormField>();
    for (const page of form.pages) {
      for (const field of page.fields) {
        if (seen.has(field.id)) context.addIssue({ code: 'custom', message: `duplicate field id ${field.id}` });
        if ((field.type === 'choice' || field.type === 'multiChoice') && !field.options?.length) {
          context.addIssue({ code: 'custom', message: `field ${field.id} needs options` });
        }
        if (field.showIf && !seen.has(field.showIf.field)) {
          context.addIssue({ code: 'custom', message: `field ${field.id} depends on a later or unknown field` });
        }
        seen.set(field.id, field);
      }
    }
  });
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;

/** A published form: the definition and its version number. */
export const PublishedFormSchema = z.object({
  version: z.int().min(1),
  definition: FormDefinitionSchema,
});
export type PublishedForm = z.infer<typeof PublishedFormSchema>;

/** How answer text is built: as stored (outputs), or as a person sends it (inputs refuse control characters). */
type AnswerText = { line: (max: number) => z.ZodString; lines: (max: number) => z.ZodString };

const storedText: AnswerText = { line: (max) => z.string().max(max), lines: (max) => z.string().max(max) };
// Not trimmed here: checkAnswers trims at submission, and a draft keeps what was typed.
const sentText: AnswerText = {
  line: (max) => singleLineText({ max, trim: false }),
  lines: (max) => multiLineText({ max, trim: false }),
};

const addressAnswer = ({ line }: AnswerText) =>
  z.object({
    street: line(200),
    postalCode: line(10),
    city: line(100),
    /** Where exactly (a pothole, a broken lamp), when the field asks for it. */
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  });

export const AddressAnswerSchema = addressAnswer(storedText);
export type AddressAnswer = z.infer<typeof AddressAnswerSchema>;

/**
 * One answer as stored. By type: text-like → string; number → number (bounded by the form's field, checked
 * by checkAnswers); date → YYYY-MM-DD; choice → the option value; multiChoice → option values; yesNo →
 * boolean; address → AddressAnswer; file → ids of attachments uploaded to the same request.
 */
const answerValue = (text: AnswerText) =>
  z.union([text.lines(5000), z.number(), z.boolean(), z.array(text.line(100)).max(20), addressAnswer(text)]);

export const AnswerValueSchema = answerValue(storedText);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswersSchema = z.record(FieldIdSchema, AnswerValueSchema);
/** Answers as a person sends them (drafts, submissions): the same shapes, text without control characters. */
export const AnswersInputSchema = z.record(FieldIdSchema, answerValue(sentText));
export type Answers = z.infer<typeof AnswersSchema>;
