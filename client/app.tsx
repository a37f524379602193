import { Route, type RoutePreloadFuncArgs, Router } from '@solidjs/router';
import { type Component, lazy } from 'solid-js';
import { Layout } from './components/layout';
import { getMe, getUnreadCount, preloadWhenSignedIn } from './lib/auth';
import { getCategories, getCategory, getLifeEvent, getSearchResults, getService } from './lib/catalog';
import { locale, withMessagePart } from './lib/i18n';
import { organization } from './lib/organization';
import Home, { preloadHome } from './routes/home';
import { pageParam, textParam } from './routes/search-params';

/**
 * The citizen routes. Home is in the entry bundle; every other page is a lazy chunk, declared one way:
 * `page(loader, export)`, the loader bringing the message part its strings live in. Preloads start the
 * page's requests while its chunk downloads, so navigating has no request waterfall.
 */
// biome-ignore lint/suspicious/noExplicitAny: pages take route props or none, as Solid's own lazy() allows.
function page<Name extends string, Module extends Record<Name, Component<any>>>(
  load: () => Promise<Module>,
  name: Name,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const ServicePage = page(() => import('./routes/service/index'), 'default');
const Services = page(() => import('./routes/services'), 'default');
const Search = page(() => import('./routes/search'), 'default');
const Legal = page(() => import('./routes/legal'), 'default');
const NotFound = page(() => import('./routes/not-found'), 'default');
const loadTopic = () => import('./routes/topic');
const CategoryPage = page(loadTopic, 'CategoryPage');
const LifeEventPage = page(loadTopic, 'LifeEventPage');
// Sign-in and the personal area: their strings are the "area" part of the catalog, loaded with them.
const SignIn = page(
  withMessagePart('area', () => import('./routes/sign-in/index')),
  'default',
);
const AccountArea = page(
  withMessagePart('area', () => import('./routes/account/layout')),
  'default',
);
const Overview = page(
  withMessagePart(['area', 'booking', 'requests'], () => import('./routes/account/overview')),
  'default',
);
const Messages = page(
  withMessagePart('area', () => import('./routes/account/messages')),
  'default',
);
const Activity = page(
  withMessagePart('area', () => import('./routes/account/activity')),
  'default',
);
const Profile = page(
  withMessagePart('area', () => import('./routes/account/profile')),
  'default',
);
// Appointments: the wizard, "Le mie prenotazioni" and a booking's pages, with the "booking" strings.
const loadWizard = withMessagePart('booking', () => import('./routes/booking/wizard'));
const loadManage = withMessagePart('booking', () => import('./routes/booking/manage'));
// Requests ("pratiche"): the online form, and "Le mie pratiche" with a request's pages; "requests" strings.
const loadRequestForm = withMessagePart('requests', () => import('./routes/requests/form'));
const loadFollow = withMessagePart('requests', () => import('./routes/requests/follow'));
// The staff console (one chunk, with the "desk" strings) and the public response times.
const loadDesk = withMessagePart('desk', () => import('./routes/desk/index'));
const Transparency = page(
  withMessagePart('transparency', () => import('./routes/transparency/index')),
  'default',
);

// The personal area's data modules stay out of the entry bundle: its preloads import them on demand.
const loadSignIn = () => import('./lib/sign-in');
const loadInbox = () => import('./lib/inbox');
const loadAccount = () => import('./lib/account');
const loadBooking = () => import('./lib/booking');
const loadRequests = () => import('./lib/requests');

/** Bookable services, for the wizard's pages: every step shows the service and its offices. */
const preloadBookable = () => void loadBooking().then((module) => module.getBookableServices(locale()));

/** A booking's pages: the booking, by the code in the address (a guest's email is on the device). */
const preloadBooking = (args: RoutePreloadFuncArgs) => {
  const language = locale();
  void loadBooking().then((module) => module.preloadBooking(args.params.code ?? '', language));
};

/** A service's form and the person's draft of it, for every page of the form. */
const preloadRequestForm = (args: RoutePreloadFuncArgs) => {
  const service = args.params.service ?? '';
  const language = locale();
  void loadRequests().then((module) => module.getRequestForm(service, language).catch(() => undefined));
  preloadWhenSignedIn(() => loadRequests().then((module) => module.getDraft(service, language)));
};
const preloadMyRequests = () => {
  const language = locale();
  preloadWhenSignedIn(() => loadRequests().then((module) => module.getMyRequests(language)));
};
const preloadRequest = (args: RoutePreloadFuncArgs) => {
  const id = args.params.id ?? '';
  const language = locale();
  preloadWhenSignedIn(() => loadRequests().then((module) => module.getRequest(id, language)));
};

const slugOf = (args: RoutePreloadFuncArgs) => args.params.slug ?? '';
const serviceOf = (args: RoutePreloadFuncArgs) => args.params.service ?? '';
/** An office's console pages: their data once the person is known to work there (lib/desk decides). */
const preloadDesk = (args: RoutePreloadFuncArgs) => {
  const language = locale();
  void import('./lib/desk').then((module) => module.preloadDesk(args.params, args.location.query, language));
};

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} preload={preloadHome} />
      <Route
        path="/servizi"
        component={Services}
        preload={(args) => {
          void getCategories(locale(), organization());
          void getSearchResults({
            locale: locale(),
            organization: organization(),
            page: pageParam(args.location.query.pagina),
            pageSize: 20,
          });
        }}
      />
      <Route
        path="/servizi/:slug"
        component={ServicePage}
        preload={(args) => void getService(slugOf(args), locale())}
      />
      <Route
        path="/categorie/:slug"
        component={CategoryPage}
        preload={(args) => void getCategory(slugOf(args), locale(), organization())}
      />
      <Route
        path="/eventi-della-vita/:slug"
        component={LifeEventPage}
        preload={(args) => void getLifeEvent(slugOf(args), locale(), organization())}
      />
      <Route
        path="/cerca"
        component={Search}
        preload={(args) => {
          const q = textParam(args.location.query.q);
          const category = textParam(args.location.query.categoria) || undefined;
          if (!q && !category) return;
          void getSearchResults({
            q,
            category,
            organization: organization(),
            locale: locale(),
            page: pageParam(args.location.query.pagina),
            pageSize: 20,
          });
        }}
      />
      <Route path="/note-legali" component={Legal} />
      <Route
        path="/accedi"
        component={SignIn}
        preload={() => {
          void getMe();
          void loadSignIn()
            .then((module) => module.getSignInMethods())
            .catch(() => undefined);
        }}
      />
      {/* The personal area: every page is behind the sign-in guard of its layout. */}
      <Route path="/area-personale" component={AccountArea} preload={() => void getMe()}>
        <Route
          path="/"
          component={Overview}
          preload={() => {
            preloadWhenSignedIn(getUnreadCount);
            const language = locale();
            preloadWhenSignedIn(() => loadBooking().then((module) => module.getMyBookings('upcoming', language)));
            preloadMyRequests();
          }}
        />
        <Route
          path="/messaggi"
          component={Messages}
          preload={() => {
            const language = locale();
            preloadWhenSignedIn(() => loadInbox().then((module) => module.getInbox(language)));
          }}
        />
        <Route
          path="/attivita"
          component={Activity}
          preload={() => preloadWhenSignedIn(() => loadAccount().then((module) => module.getActivity()))}
        />
        <Route
          path="/profilo"
          component={Profile}
          preload={() => preloadWhenSignedIn(() => loadAccount().then((module) => module.getSessions()))}
        />
      </Route>
      <Route path="/prenota" component={page(loadWizard, 'ChooseService')} preload={preloadBookable} />
      <Route
        path="/prenota/:service/luogo"
        component={page(loadWizard, 'OfficeStep')}
        preload={(args) => {
          preloadBookable();
          void getService(serviceOf(args), locale()).catch(() => undefined);
        }}
      />
      <Route path="/prenota/:service/data" component={page(loadWizard, 'DateStep')} preload={preloadBookable} />
      <Route path="/prenota/:service/dettagli" component={page(loadWizard, 'DetailsStep')} preload={preloadBookable} />
      <Route
        path="/prenota/:service/richiedente"
        component={page(loadWizard, 'ApplicantStep')}
        preload={preloadBookable}
      />
      <Route path="/prenota/:service/riepilogo" component={page(loadWizard, 'SummaryStep')} preload={preloadBookable} />
      <Route
        path="/prenota/:service/conferma"
        component={page(loadWizard, 'Confirmation')}
        preload={(args) => void getService(serviceOf(args), locale()).catch(() => undefined)}
      />
      <Route path="/prenota/offerta/:holdId" component={page(loadManage, 'OfferPage')} preload={() => void getMe()} />
      <Route
        path="/prenotazioni"
        component={page(loadManage, 'MyBookings')}
        preload={() => {
          const language = locale();
          void loadBooking().then((module) => module.getDeviceBookings(language));
          preloadWhenSignedIn(() => loadBooking().then((module) => module.getMyBookings('upcoming', language)));
        }}
      />
      <Route path="/prenotazioni/:code" component={page(loadManage, 'BookingPage')} preload={preloadBooking} />
      <Route
        path="/prenotazioni/:code/sposta"
        component={page(loadManage, 'ReschedulePage')}
        preload={preloadBooking}
      />
      {/* The staff console: its layout asks for sign-in; each office's pages check that the person works there. */}
      <Route path="/desk" component={page(loadDesk, 'DeskArea')} preload={() => void getMe()}>
        <Route path="/" component={page(loadDesk, 'DeskLanding')} />
        <Route path="/:office" component={page(loadDesk, 'OfficePage')} preload={preloadDesk} />
        <Route path="/:office/pratiche" component={page(loadDesk, 'QueuePage')} preload={preloadDesk} />
        <Route path="/:office/pratiche/:id" component={page(loadDesk, 'RequestPage')} preload={preloadDesk} />
      </Route>
      <Route
        path="/trasparenza/:organization?"
        component={Transparency}
        preload={(args) => {
          const language = locale();
          const slug = args.params.organization;
          void import('./lib/transparency').then((module) => module.preloadStats(slug, language));
        }}
      />
      <Route
        path="/pratiche/nuova/:service"
        component={page(loadRequestForm, 'StartPage')}
        preload={preloadRequestForm}
      />
      <Route
        path="/pratiche/nuova/:service/controlla"
        component={page(loadRequestForm, 'CheckPage')}
        preload={preloadRequestForm}
      />
      <Route
        path="/pratiche/nuova/:service/:page"
        component={page(loadRequestForm, 'QuestionPage')}
        preload={preloadRequestForm}
      />
      <Route path="/pratiche" component={page(loadFollow, 'MyRequests')} preload={preloadMyRequests} />
      <Route path="/pratiche/:id" component={page(loadFollow, 'RequestPage')} preload={preloadRequest} />
      <Route path="/pratiche/:id/ricevuta" component={page(loadFollow, 'ReceiptPage')} preload={preloadRequest} />
      <Route path="*404" component={NotFound} />
    </Router>
  );
}
