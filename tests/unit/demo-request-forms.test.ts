import { describe, expect, it } from 'vitest';
import { demoRequestForms } from '../../server/demo/data/request-forms';
import { services as registry } from '../../server/demo/data/services/anagrafe-e-stato-civile';
import { services as education } from '../../server/demo/data/services/educazione-e-formazione';
import { services as justice } from '../../server/demo/data/services/giustizia-e-sicurezza-pubblica';
import { services as mobility } from '../../server/demo/data/services/mobilita-e-trasporti';
import { checkAnswers } from '../../shared/requests/answers';
import { type Answers, FormDefinitionSchema } from '../../shared/requests/form';

const seedServices = [...education, ...justice, ...registry, ...mobility];

const today = '2026-11-23';
const fileId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** A complete, plausible request for each form, with every conditional question triggered. */
const examples: Record<string, Answers> = {
  'iscrizione-asilo-nido': {
    childFirstName: 'Giulia',
    childLastName: 'Rossi',
    childFiscalCode: 'RSSMRA80A01H501U',
    childBirthDate: '2025-06-10',
    startMonth: 'september',
    attendanceType: 'part-time',
    bothParentsWorking: true,
    iseeValue: 18250.4,
    childDisability: true,
    disabilityCertificate: [fileId],
  },
  'cambio-di-residenza': {
    newAddress: { street: 'Via dei Tigli 8', postalCode: '40061', city: 'Valdoria' },
    moveDate: '2026-11-15',
    peopleMoving: 3,
    housingTitle: 'tenant',
    rentalContract: [fileId],
    identityDocument: [fileId],
    contactEmail: 'giulia.rossi@example.it',
    contactPhone: '+39 333 123 4567',
  },
  'permesso-accesso-ztl': {
    plateNumber: 'AB123CD',
    vehicleRegistration: [fileId],
    accessReason: 'other',
    otherReason: 'Accompagno ogni mattina mia madre alle terapie in Via Mazzini.',
    startDate: '2026-12-01',
  },
  'segnalazione-disservizio': {
    category: 'road',
    location: { street: 'Via Marconi 41', postalCode: '40061', city: 'Valdoria', latitude: 44.49, longitude: 11.33 },
    description: 'Buca profonda davanti al passaggio pedonale, pericolosa per chi va in bicicletta.',
    photos: [fileId],
    wantsContact: true,
    contactPhone: '051 000 1234',
  },
};

/** Every text a citizen may read in a form, with where it is, so a failure names the missing one. */
function texts(definition: (typeof demoRequestForms)[number]['definition']) {
  return definition.pages.flatMap((page) => [
    { where: `page ${page.id} title`, text: page.title },
    ...(page.help ? [{ where: `page ${page.id} help`, text: page.help }] : []),
    ...page.fields.flatMap((field) => [
      { where: `${field.id} label`, text: field.label },
      ...(field.help ? [{ where: `${field.id} help`, text: field.help }] : []),
      ...(field.options ?? []).map((option) => ({ where: `${field.id} option ${option.value}`, text: option.label })),
    ]),
  ]);
}

describe('demo request forms', () => {
  it('cover the four services that take requests online, once each', () => {
    expect(demoRequestForms.map((form) => form.service).sort()).toEqual([
      'cambio-di-residenza',
      'iscrizione-asilo-nido',
      'permesso-accesso-ztl',
      'segnalazione-disservizio',
    ]);
  });

  describe.each(demoRequestForms)('$service', (form) => {
    it('parses with the published form schema, unchanged', () => {
      expect(FormDefinitionSchema.parse(form.definition)).toEqual(form.definition);
    });

    it('is handled by one of the offices the service lists', () => {
      const service = seedServices.find((candidate) => candidate.slug === form.service);
      expect(service?.offices).toContain(form.office);
    });

    it('has a positive legal term', () => {
      expect(Number.isInteger(form.deadline.days) && form.deadline.days > 0).toBe(true);
    });

    it('has every text in Italian and English, and they differ', () => {
      for (const { where, text } of texts(form.definition)) {
        expect(text.it.trim(), where).not.toBe('');
        expect(text.en.trim(), where).not.toBe('');
      }
      const labels = form.definition.pages.flatMap((page) => page.fields.map((field) => field.label));
      expect(labels.some((label) => label.it !== label.en)).toBe(true);
    });

    it('keeps pages short: one to four questions each', () => {
      for (const page of form.definition.pages) {
        expect(page.fields.length, page.id).toBeGreaterThanOrEqual(1);
        expect(page.fields.length, page.id).toBeLessThanOrEqual(4);
      }
    });

    it('accepts a complete example request', () => {
      const answers = examples[form.service]!;
      expect(checkAnswers(form.definition, answers, { today })).toEqual({ answers, issues: [] });
    });

    it('asks for something: an empty submission is refused as incomplete', () => {
      const { issues } = checkAnswers(form.definition, {}, { today });
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((issue) => issue.rule === 'required')).toBe(true);
    });
  });
});
