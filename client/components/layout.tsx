import { type RouteSectionProps, useLocation } from '@solidjs/router';
import { createEffect, ErrorBoundary, on, type ParentProps, Suspense } from 'solid-js';
import { t } from '../lib/i18n';
import { Footer } from './footer';
import { Header } from './header';
import { OfflineBanner } from './offline-banner';
import { Loading, RouteError } from './page-state';
import { UpdatePrompt } from './update-prompt';

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
      <OfflineBanner />
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
