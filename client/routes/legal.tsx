import { For } from 'solid-js';
import { legalEn } from '../../shared/i18n/messages/legal-en';
import { type LegalMessageKey, type LegalMessages, legalIt } from '../../shared/i18n/messages/legal-it';
import { Breadcrumbs } from '../components/breadcrumbs';
import { RichText } from '../components/rich-text';
import { usePageTitle } from '../lib/document';
import { locale } from '../lib/i18n';

// Both languages ship in this page's own chunk: the long texts never weigh on the other pages.
const catalogs: Record<'it' | 'en', LegalMessages> = { it: legalIt, en: legalEn };

const sections: { id: string; title: LegalMessageKey; body: LegalMessageKey }[] = [
  { id: 'note-legali', title: 'legal.notesTitle', body: 'legal.notesBody' },
  { id: 'privacy', title: 'legal.privacyTitle', body: 'legal.privacyBody' },
  { id: 'accessibilita', title: 'legal.accessibilityTitle', body: 'legal.accessibilityBody' },
];

/** /note-legali: legal notes, privacy notice and accessibility statement, linked from the footer. */
export default function Legal() {
  const text = (key: LegalMessageKey) => catalogs[locale()][key];
  usePageTitle(() => text('legal.title'));
  return (
    <div class="container prose">
      <Breadcrumbs items={[{ label: text('legal.title') }]} />
      <h1>{text('legal.title')}</h1>
      <For each={sections}>
        {(section) => (
          <section id={section.id} aria-labelledby={`${section.id}-title`}>
            <h2 id={`${section.id}-title`}>{text(section.title)}</h2>
            <RichText text={text(section.body)} />
          </section>
        )}
      </For>
    </div>
  );
}
