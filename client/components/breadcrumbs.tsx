import { For, Show } from 'solid-js';
import { t } from '../lib/i18n';

export type Crumb = { label: string; href?: string };

/** Home › … › current page; the last item is the current page and is not a link. */
export function Breadcrumbs(props: { items: Crumb[] }) {
  const all = (): Crumb[] => [{ label: t('breadcrumb.home'), href: '/' }, ...props.items];
  return (
    <nav class="breadcrumbs" aria-label={t('breadcrumb.label')}>
      <ol data-element="breadcrumb">
        <For each={all()}>
          {(crumb, index) => (
            <li>
              <Show
                when={crumb.href && index() < all().length - 1}
                fallback={<span aria-current="page">{crumb.label}</span>}
              >
                <a href={crumb.href}>{crumb.label}</a>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}
