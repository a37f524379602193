import { For, onMount } from 'solid-js';
import { t } from '../../lib/i18n';

export type SummaryIssue = { message: string; href: string };

/**
 * "C'è un problema" at the top of a form, as GOV.UK and Designers Italia do it: it takes the focus when
 * it appears and each line links to the field to fix. A link within the page moves the focus there.
 */
export function ErrorSummary(props: { issues: SummaryIssue[] }) {
  let box: HTMLDivElement | undefined;
  onMount(() => box?.focus());

  const follow = (event: MouseEvent, href: string) => {
    if (!href.startsWith('#')) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
    // The question (label or legend) above the control should be in view too.
    (target.closest('fieldset, .field') ?? target).scrollIntoView({ block: 'start' });
  };

  return (
    <div class="error-summary" role="alert" tabindex="-1" ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('requests.errors.title')}</h2>
      <ul>
        <For each={props.issues}>
          {(issue) => (
            <li>
              <a href={issue.href} onClick={(event) => follow(event, issue.href)}>
                {issue.message}
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
