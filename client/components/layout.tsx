import { type RouteSectionProps, useLocation } from '@solidjs/router';
import { createEffect, ErrorBoundary, lazy, on, type ParentProps, Suspense } from 'solid-js';
import { t, withMessagePart } from '../lib/i18n';
import { Footer } from './footer';
import { Header } from './header';
import { Loading, RouteError } from './page-state';
import { UpdatePrompt } from './update-prompt';

// Loaded after the first render, with the outbox that sends actions taken offline (and their strings).
const StatusBanners = lazy(withMessagePart('offline', () => import('./status-banners')));

/** The frame of every citizen page: skip link, header, status banners, main content, footer. */
export function Layout(props: RouteSectionProps) {
  const location = useLocation();
  let main: HTMLElement | undefined;

  // After a client-side navigation, move focus to the new content so screen readers start there
  // (the first page load keeps the browser's own focus).
  createEffect(
    on(
      () => location.pathname,
      () => {
        if (location.hash) return;
        main?.focus({ preventScroll: true });
      },
      { defer: true },
    ),
  );

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip.content')}
      </a>
      <Header />
      {/* A chunk that cannot load shows no banner and leaves the page alone; the outbox's own faults are
          caught and logged inside StatusBanners, so they never take the offline banner with them. */}
      <ErrorBoundary fallback={null}>
        <Suspense>
          <StatusBanners />
        </Suspense>
      </ErrorBoundary>
      <main id="main" tabindex="-1" ref={main}>
        <PageBoundary>{props.children}</PageBoundary>
      </main>
      <Footer />
      <UpdatePrompt />
    </>
  );
}

function PageBoundary(props: ParentProps) {
  return (
    <ErrorBoundary fallback={(error, reset) => <RouteError error={error} reset={reset} />}>
      <Suspense fallback={<Loading />}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
