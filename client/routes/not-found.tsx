import { NotFoundView } from '../components/not-found-view';

/** Any address the app does not know. */
export default function NotFound() {
  return <NotFoundView />;
}
