import { useNavigate } from '@solidjs/router';
import { createSignal, createUniqueId, For, onCleanup, Show } from 'solid-js';
import type { ServiceSummary } from '../../shared/catalog/api';
import { searchServices } from '../lib/catalog';
import { locale, plural, t } from '../lib/i18n';
import { organization } from '../lib/organization';

const debounceMs = 250;
const suggestionCount = 6;

type Results = { query: string; items: ServiceSummary[]; total: number; fromCache: boolean };

/**
 * Search field with instant results (WAI-ARIA combobox with a listbox popup): results appear as the
 * citizen types, arrows move through them, Enter opens the chosen service or, with none chosen, the
 * full results page. A polite live region announces how many services were found.
 */
export function SearchBox(props: { id?: string; initialQuery?: string; autofocus?: boolean }) {
  const id = props.id ?? `search-${createUniqueId()}`;
  const navigate = useNavigate();
  const [query, setQuery] = createSignal(props.initialQuery ?? '');
  const [results, setResults] = createSignal<Results>();
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const [announcement, setAnnouncement] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let input: HTMLInputElement | undefined;
  onCleanup(() => clearTimeout(timer));

  const optionId = (index: number) => `${id}-option-${index}`;
  const items = () => results()?.items ?? [];

  const lookUp = async (text: string) => {
    const ticket = ++latest;
    setAnnouncement(t('search.searching'));
    try {
      const found = await searchServices({
        q: text,
        organization: organization(),
        locale: locale(),
        pageSize: suggestionCount,
      });
      if (ticket !== latest) return;
      setResults({ query: text, items: found.data.items, total: found.data.total, fromCache: found.fromCache });
      setActive(-1);
      // Results that arrive after the citizen has moved on stay closed until they come back.
      setOpen(document.activeElement === input);
      setAnnouncement(
        found.data.total > 0 ? plural('search.results', found.data.total) : t('search.none', { q: text }),
      );
    } catch {
      if (ticket === latest) setAnnouncement(t('search.failed'));
    }
  };

  const onInput = (value: string) => {
    setQuery(value);
    clearTimeout(timer);
    if (value.trim().length < 2) {
      latest++;
      setOpen(false);
      setResults(undefined);
      return;
    }
    timer = setTimeout(() => void lookUp(value.trim()), debounceMs);
  };

  const openService = (item: ServiceSummary) => {
    setOpen(false);
    navigate(`/servizi/${item.slug}`);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = items()[active()];
    if (open() && chosen) return openService(chosen);
    setOpen(false);
    const text = query().trim();
    navigate(text ? `/cerca?q=${encodeURIComponent(text)}` : '/cerca');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = items().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      // Positions run from -1 (back in the text field) to count - 1, wrapping at both ends.
      setActive((current) => {
        const next = current + step;
        if (next >= count) return -1;
        return next < -1 ? count - 1 : next;
      });
      if (active() >= 0) document.getElementById(optionId(active()))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Escape') {
      if (open()) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query()) {
        onInput('');
      }
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) setOpen(false);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the screen readers citizens use; role="search" on the form is the established landmark.
    <form class="search-box" role="search" onSubmit={submit} onFocusOut={onFocusOut} action="/cerca">
      <label for={id}>{t('search.label')}</label>
      <div class="search-field">
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          role="combobox"
          autocomplete="off"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-controls={`${id}-listbox`}
          aria-expanded={open() && items().length > 0}
          aria-activedescendant={active() >= 0 ? optionId(active()) : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={t('search.placeholder')}
          value={query()}
          autofocus={props.autofocus}
          onInput={(event) => onInput(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(Boolean(results()))}
        />
        <button type="submit" class="search-submit">
          <span class="icon-search" aria-hidden="true" />
          <span class="search-submit-label">{t('search.submit')}</span>
        </button>
      </div>
      <p id={`${id}-hint`} class="sr-only">
        {t('search.hint')}
      </p>
      <div class="search-popup" hidden={!open()}>
        <div id={`${id}-listbox`} role="listbox" aria-label={t('search.suggestions')}>
          <For each={items()}>
            {(item, index) => (
              // biome-ignore lint/a11y/useFocusableInteractive: combobox pattern, focus stays in the input and aria-activedescendant points here.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the input (arrows, Enter, Escape); the click is for pointers.
              <div
                id={optionId(index())}
                role="option"
                aria-selected={index() === active()}
                class="search-option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => openService(item)}
              >
                <span class="search-option-title">{item.title}</span>
                <span class="search-option-meta">
                  {item.category.name} · {item.organization.name}
                </span>
              </div>
            )}
          </For>
        </div>
        <Show when={results()}>
          {(found) => (
            <div class="search-popup-footer">
              <Show when={found().total === 0}>
                <p>{t('search.none', { q: found().query })}</p>
              </Show>
              <Show when={found().fromCache}>
                <p class="freshness">{t('search.savedOnly')}</p>
              </Show>
              <Show when={found().total > 0}>
                <a href={`/cerca?q=${encodeURIComponent(found().query)}`} onClick={() => setOpen(false)}>
                  {t('search.seeAll', { q: found().query })}
                </a>
              </Show>
            </div>
          )}
        </Show>
      </div>
      <div class="sr-only" aria-live="polite">
        {announcement()}
      </div>
    </form>
  );
}
