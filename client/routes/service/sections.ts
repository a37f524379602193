import type { ServiceDetail } from '../../../shared/catalog/api';
import type { MessageKey } from '../../../shared/i18n/messages/it';

/**
 * The Modello Comuni service page, in its order. `element` is the data-element attribute the Designers
 * Italia templates (and the AgID validator) expect on each section's content.
 */
export type TextSection = {
  kind: 'text';
  id: string;
  title: MessageKey;
  field: keyof ServiceDetail['sections'];
  element: string;
};
export type SpecialSection = { kind: 'contacts' | 'topics'; id: string; title: MessageKey };
export type Section = TextSection | SpecialSection;

export const serviceSections: Section[] = [
  {
    kind: 'text',
    id: 'cos-e',
    title: 'service.section.description',
    field: 'description',
    element: 'service-extended-description',
  },
  {
    kind: 'text',
    id: 'a-chi-e-rivolto',
    title: 'service.section.audience',
    field: 'audience',
    element: 'service-addressed',
  },
  { kind: 'text', id: 'come-fare', title: 'service.section.howTo', field: 'howTo', element: 'service-how-to' },
  {
    kind: 'text',
    id: 'cosa-serve',
    title: 'service.section.requirements',
    field: 'requirements',
    element: 'service-needed',
  },
  {
    kind: 'text',
    id: 'cosa-si-ottiene',
    title: 'service.section.outcome',
    field: 'outcome',
    element: 'service-achieved',
  },
  {
    kind: 'text',
    id: 'tempi-e-scadenze',
    title: 'service.section.timing',
    field: 'timing',
    element: 'service-calendar-text',
  },
  { kind: 'text', id: 'quanto-costa', title: 'service.section.cost', field: 'cost', element: 'service-cost' },
  {
    kind: 'text',
    id: 'accedi-al-servizio',
    title: 'service.section.access',
    field: 'access',
    element: 'service-generic-access',
  },
  {
    kind: 'text',
    id: 'ulteriori-informazioni',
    title: 'service.section.moreInfo',
    field: 'moreInfo',
    element: 'service-more-info',
  },
  { kind: 'contacts', id: 'contatti', title: 'service.section.contacts' },
  { kind: 'topics', id: 'argomenti', title: 'service.section.topics' },
];
