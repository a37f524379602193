import { createAsync } from '@solidjs/router';
import { createUniqueId, For } from 'solid-js';
import { getOrganizations } from '../lib/catalog';
import { locale, t } from '../lib/i18n';
import { organization, setOrganization } from '../lib/organization';

/** Chooses the organization whose services the citizen wants to see; "all" is the default. */
export function OrganizationSwitch() {
  const id = createUniqueId();
  const organizations = createAsync(() => getOrganizations(locale()).catch(() => undefined));
  const known = () => organizations()?.data.some((entry) => entry.slug === organization()) ?? false;

  return (
    <div class="field organization-switch">
      <label for={`org-${id}`}>{t('org.label')}</label>
      <select
        id={`org-${id}`}
        aria-describedby={`org-hint-${id}`}
        onChange={(event) => setOrganization(event.currentTarget.value || undefined)}
      >
        <option value="" selected={!known()}>
          {t('org.all')}
        </option>
        <For each={organizations()?.data}>
          {(entry) => (
            <option value={entry.slug} selected={entry.slug === organization()}>
              {entry.name}
            </option>
          )}
        </For>
      </select>
      <p class="field-hint" id={`org-hint-${id}`}>
        {t('org.hint')}
      </p>
    </div>
  );
}
