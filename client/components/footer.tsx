import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { Organization } from '../../shared/catalog/api';
import { getOrganizations } from '../lib/catalog';
import { locale, t } from '../lib/i18n';
import { organization } from '../lib/organization';

/** The demo catalog's "Segnalazione di disservizio" service: the Modello Comuni footer links to it. */
const reportIssueService = '/servizi/segnalazione-disservizio';

/** Dark blue footer: contacts of the chosen organization (or of all of them) and the legal links. */
export function Footer() {
  const organizations = createAsync(() => getOrganizations(locale()).catch(() => undefined));
  const shown = () => {
    const all = organizations()?.data ?? [];
    const chosen = all.filter((entry) => entry.slug === organization());
    return chosen.length > 0 ? chosen : all;
  };

  return (
    <footer class="site-footer">
      <div class="container footer-grid">
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts">{t('footer.contacts')}</h2>
          <p class="footer-about">{t('footer.about')}</p>
          <ul class="footer-organizations">
            <For each={shown()}>{(entry) => <OrganizationContacts organization={entry} />}</For>
          </ul>
        </section>
        <section aria-labelledby="footer-legal">
          <h2 id="footer-legal">{t('footer.legal')}</h2>
          <ul class="footer-links">
            <li>
              <a href="/note-legali#privacy" data-element="privacy-policy-link">
                {t('footer.privacy')}
              </a>
            </li>
            <li>
              <a href="/note-legali#accessibilita" data-element="accessibility-link">
                {t('footer.accessibility')}
              </a>
            </li>
            <li>
              <a href="/note-legali#note-legali">{t('footer.legalNotes')}</a>
            </li>
            <li>
              <a href={reportIssueService} data-element="report-inefficiency">
                {t('footer.reportIssue')}
              </a>
            </li>
            <li>
              <a href="/trasparenza">{t('footer.responseTimes')}</a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}

function OrganizationContacts(props: { organization: Organization }) {
  return (
    <li>
      <h3>{props.organization.name}</h3>
      <dl class="contact-list">
        <dt>{t('contact.phone')}</dt>
        <dd>
          <a href={`tel:${props.organization.phone.replace(/\s+/g, '')}`}>{props.organization.phone}</a>
        </dd>
        <dt>{t('contact.email')}</dt>
        <dd>
          <a href={`mailto:${props.organization.email}`}>{props.organization.email}</a>
        </dd>
        <Show when={props.organization.pec}>
          <dt>{t('contact.pec')}</dt>
          <dd>
            <a href={`mailto:${props.organization.pec}`}>{props.organization.pec}</a>
          </dd>
        </Show>
        <dt>{t('contact.taxCode')}</dt>
        <dd>{props.organization.taxCode}</dd>
      </dl>
    </li>
  );
}
