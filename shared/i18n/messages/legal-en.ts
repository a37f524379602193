import type { LegalMessages } from './legal-it';

/** English texts of the legal page: the same keys as legal-it.ts, all of them. */
export const legalEn: LegalMessages = {
  'legal.title': 'Legal notes, privacy and accessibility',
  'legal.notesTitle': 'Legal notes',
  'legal.notesBody':
    'The content of Sportello is published by the organizations that provide the services, each for its own. Unless stated otherwise, the texts may be reused with attribution.\n\nThe information is current as of the date shown at the bottom of each service page; if in doubt, what the responsible office tells you prevails.',
  'legal.privacyTitle': 'Privacy notice',
  'legal.privacyBody':
    'You do not need an account to browse the services, and Sportello uses no profiling cookies.\n\nThis device keeps only:\n- the language and the organization you chose (in the browser’s local storage);\n- the catalog pages you have seen, so that you can read them offline.\n\nYou can delete them at any time from your browser settings, under site data. The controller of the data you provide when you apply for a service is the organization that provides it.',
  'legal.accessibilityTitle': 'Accessibility statement',
  'legal.accessibilityBody':
    'The organizations on Sportello are committed to making it accessible under the AgID guidelines and WCAG 2.2 level AA: semantic structure, keyboard navigation, text alternatives, sufficient contrast and use at 200% zoom.\n\nIf you meet a barrier, write to the organization responsible for the service, naming the page and the problem. If the answer does not satisfy you, you can turn to the Digital Ombudsman at AgID.',
};
