import type { Locale } from '../../../shared/i18n/locale';
import { localizedText } from '../../db/localized';
import { organizations } from '../../db/tables/catalog';

/** The public columns of an organization, in one language. */
export function organizationColumns(locale: Locale) {
  return {
    slug: organizations.slug,
    kind: organizations.kind,
    name: localizedText(organizations.name, locale),
    description: localizedText(organizations.description, locale),
    website: organizations.website,
    email: organizations.email,
    pec: organizations.pec,
    phone: organizations.phone,
    taxCode: organizations.taxCode,
  };
}
