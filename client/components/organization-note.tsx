import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { getOrganizations } from '../lib/catalog';
import { locale, t } from '../lib/i18n';
import { organization, setOrganization } from '../lib/organization';

/** On lists filtered by the chosen organization: says so, with a way back to every organization. */
export function OrganizationNote() {
  const organizations = createAsync(() => getOrganizations(locale()).catch(() => undefined));
  const chosen = () => organizations()?.data.find((entry) => entry.slug === organization());
  return (
    <Show when={chosen()}>
      {(entry) => (
        <p class="organization-note">
          {t('org.filtering', { org: entry().name })}{' '}
          <button type="button" class="button button-outline button-small" onClick={() => setOrganization(undefined)}>
            {t('org.showAll')}
          </button>
        </p>
      )}
    </Show>
  );
}
