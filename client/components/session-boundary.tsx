import { ErrorBoundary, type ParentProps, Suspense } from 'solid-js';
import { isSignedOutError } from '../lib/auth';
import { Loading, RouteError } from './page-state';

/**
 * The pages behind a sign-in guard: one that fails because the session just ended shows "loading" while
 * the guard redirects to sign in; any other failure is the page's error.
 */
export function SessionBoundary(props: ParentProps) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => (isSignedOutError(error) ? <Loading /> : <RouteError error={error} reset={reset} />)}
    >
      <Suspense fallback={<Loading />}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
