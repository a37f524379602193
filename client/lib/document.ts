import { createEffect, onCleanup } from 'solid-js';
import { t } from './i18n';

/** Keeps document.title as "<page> – Sportello" while the calling component is mounted. */
export function usePageTitle(title: () => string | undefined): void {
  createEffect(() => {
    const page = title();
    document.title = page ? `${page} – ${t('app.name')}` : t('app.name');
  });
}

/**
 * Puts a JSON-LD block in <head> while the component lives. It is data, not script: created with the
 * DOM and filled with textContent, so no inline script runs and the CSP stays strict.
 */
export function useJsonLd(data: () => object | undefined, attributes: Record<string, string> = {}): void {
  const element = document.createElement('script');
  element.type = 'application/ld+json';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  createEffect(() => {
    const value = data();
    if (!value) {
      element.remove();
      return;
    }
    // \u003c keeps a "</script>" inside the data from ending the element when the page is serialized.
    element.textContent = JSON.stringify(value).replace(/</g, '\\u003c');
    if (!element.isConnected) document.head.append(element);
  });
  onCleanup(() => element.remove());
}
