import { createSignal, startTransition } from 'solid-js';

/**
 * The organization the citizen chose to follow (undefined: all of them). It filters the most requested
 * services and the search, and is remembered on this device.
 */
const storageKey = 'sportello.organization';

function stored(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

const [organization, setOrganizationSignal] = createSignal<string | undefined>(stored());

export { organization };

export function setOrganization(slug: string | undefined): void {
  // As a transition, the current lists stay on screen until the filtered ones have arrived.
  void startTransition(() => setOrganizationSignal(slug));
  try {
    if (slug) localStorage.setItem(storageKey, slug);
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage refused: the choice lasts for this visit.
  }
}
