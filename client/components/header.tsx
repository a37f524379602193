import { A, createAsync } from '@solidjs/router';
import { getOrganizations } from '../lib/catalog';
import { locale, t } from '../lib/i18n';
import { organization } from '../lib/organization';
import { AccountLink } from './account-link';
import { LanguageSwitch } from './language-switch';

/**
 * Slim dark band (service name, language, the way into the personal area), white band with the
 * organization, then the main menu.
 */
export function Header() {
  const organizations = createAsync(() => getOrganizations(locale()).catch(() => undefined));
  const chosen = () => organizations()?.data.find((entry) => entry.slug === organization());

  return (
    <header class="site-header">
      <div class="header-slim">
        <div class="container header-slim-inner">
          <span class="header-slim-title">{t('app.slim')}</span>
          <div class="header-slim-actions">
            <LanguageSwitch />
            <AccountLink />
          </div>
        </div>
      </div>
      <div class="header-center">
        <div class="container">
          <a class="brand" href="/">
            <img class="brand-logo" src="/icons/logo.svg" alt="" width="48" height="48" />
            <span class="brand-text">
              <span class="brand-name">{chosen()?.name ?? t('app.name')}</span>
              <span class="brand-tagline">{chosen() ? t('app.name') : t('app.tagline')}</span>
            </span>
          </a>
        </div>
      </div>
      <nav class="header-nav" aria-label={t('nav.label')}>
        <div class="container">
          <ul data-element="main-navigation">
            <li>
              <A href="/" end activeClass="active">
                {t('nav.home')}
              </A>
            </li>
            <li>
              <A href="/servizi" activeClass="active" data-element="all-services">
                {t('nav.services')}
              </A>
            </li>
            <li>
              <A href="/cerca" activeClass="active">
                {t('nav.search')}
              </A>
            </li>
          </ul>
        </div>
      </nav>
    </header>
  );
}
