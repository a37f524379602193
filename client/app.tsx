import { Route, type RoutePreloadFuncArgs, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { Layout } from './components/layout';
import { getMe, getUnreadCount, preloadWhenSignedIn } from './lib/auth';
import { getCategories, getCategory, getLifeEvent, getSearchResults, getService } from './lib/catalog';
import { locale, withMessagePart } from './lib/i18n';
import { organization } from './lib/organization';
import Home, { preloadHome } from './routes/home';
import { pageParam, textParam } from './routes/search-params';

/**
 * The citizen routes. Home is in the entry bundle; every other page is a lazy chunk. Preloads start the
 * page's requests while its chunk downloads, so navigating has no request waterfall.
 */
const ServicePage = lazy(() => import('./routes/service/index'));
const Services = lazy(() => import('./routes/services'));
const Search = lazy(() => import('./routes/search'));
const Legal = lazy(() => import('./routes/legal'));
const NotFound = lazy(() => import('./routes/not-found'));
const CategoryPage = lazy(() => import('./routes/topic').then((module) => ({ default: module.CategoryPage })));
const LifeEventPage = lazy(() => import('./routes/topic').then((module) => ({ default: module.LifeEventPage })));
// Sign-in and the personal area: their strings are the "area" part of the catalog, loaded with them.
const SignIn = lazy(withMessagePart('area', () => import('./routes/sign-in/index')));
const AccountArea = lazy(withMessagePart('area', () => import('./routes/account/layout')));
const Desk = lazy(withMessagePart(['area', 'booking', 'requests'], () => import('./routes/account/desk')));
const Messages = lazy(withMessagePart('area', () => import('./routes/account/messages')));
const Activity = lazy(withMessagePart('area', () => import('./routes/account/activity')));
const Profile = lazy(withMessagePart('area', () => import('./routes/account/profile')));
// Appointments: the wizard, "Le mie prenotazioni" and a booking's pages, with the "booking" strings.
const loadWizard = withMessagePart('booking', () => import('./routes/booking/wizard'));
const loadManage = withMessagePart('booking', () => import('./routes/booking/manage'));
const ChooseService = lazy(() => loadWizard().then((module) => ({ default: module.ChooseService })));
const OfficeStep = lazy(() => loadWizard().then((module) => ({ default: module.OfficeStep })));
const DateStep = lazy(() => loadWizard().then((module) => ({ default: module.DateStep })));
const DetailsStep = lazy(() => loadWizard().then((module) => ({ default: module.DetailsStep })));
const ApplicantStep = lazy(() => loadWizard().then((module) => ({ default: module.ApplicantStep })));
const SummaryStep = lazy(() => loadWizard().then((module) => ({ default: module.SummaryStep })));
const Confirmation = lazy(() => loadWizard().then((module) => ({ default: module.Confirmation })));
const MyBookings = lazy(() => loadManage().then((module) => ({ default: module.MyBookings })));
const BookingPage = lazy(() => loadManage().then((module) => ({ default: module.BookingPage })));
const ReschedulePage = lazy(() => loadManage().then((module) => ({ default: module.ReschedulePage })));
const OfferPage = lazy(() => loadManage().then((module) => ({ default: module.OfferPage })));
// Requests ("pratiche"): the online form, and "Le mie pratiche" with a request's pages; "requests" strings.
const loadRequestForm = withMessagePart('requests', () => import('./routes/requests/form'));
const loadFollow = withMessagePart('requests', () => import('./routes/requests/follow'));
const formPage = (name: keyof typeof import('./routes/requests/form')) =>
  lazy(() => loadRequestForm().then((module) => ({ default: module[name] })));
const followPage = (name: keyof typeof import('./routes/requests/follow')) =>
  lazy(() => loadFollow().then((module) => ({ default: module[name] })));
// The staff console (one chunk, with the "desk" strings) and the public response times.
const loadDesk = withMessagePart('desk', () => import('./routes/desk/index'));
const deskPage = (name: keyof typeof import('./routes/desk/index')) =>
  lazy(() => loadDesk().then((module) => ({ default: module[name] })));
const Transparency = lazy(withMessagePart('transparency', () => import('./routes/transparency/index')));

// The personal area's data modules stay out of the entry bundle: its preloads import them on demand.
const loadSignIn = () => import('./lib/sign-in');
const loadInbox = () => import('./lib/inbox');
const loadAccount = () => import('./lib/account');
const loadBooking = () => import('./lib/booking');
const loadRequests = () => import('./lib/requests');

/** Bookable services, for the wizard's pages: every step shows the service and its offices. */
const preloadBookable = () => void loadBooking().then((module) => module.getBookableServices(locale()));

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
          component={Desk}
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
      <Route path="/prenota" component={ChooseService} preload={preloadBookable} />
      <Route
        path="/prenota/:service/luogo"
        component={OfficeStep}
        preload={(args) => {
          preloadBookable();
          void getService(serviceOf(args), locale()).catch(() => undefined);
        }}
      />
      <Route path="/prenota/:service/data" component={DateStep} preload={preloadBookable} />
      <Route path="/prenota/:service/dettagli" component={DetailsStep} preload={preloadBookable} />
      <Route path="/prenota/:service/richiedente" component={ApplicantStep} preload={preloadBookable} />
      <Route path="/prenota/:service/riepilogo" component={SummaryStep} preload={preloadBookable} />
      <Route
        path="/prenota/:service/conferma"
        component={Confirmation}
        preload={(args) => void getService(serviceOf(args), locale()).catch(() => undefined)}
      />
      <Route path="/prenota/offerta/:holdId" component={OfferPage} preload={() => void getMe()} />
      <Route
        path="/prenotazioni"
        component={MyBookings}
        preload={() => {
          const language = locale();
          void loadBooking().then((module) => module.getDeviceBookings(language));
          preloadWhenSignedIn(() => loadBooking().then((module) => module.getMyBookings('upcoming', language)));
        }}
      />
      <Route path="/prenotazioni/:code" component={BookingPage} />
      <Route path="/prenotazioni/:code/sposta" component={ReschedulePage} />
      {/* The staff console: its layout asks for sign-in; each office's pages check that the person works there. */}
      <Route path="/desk" component={deskPage('DeskArea')} preload={() => void getMe()}>
        <Route path="/" component={deskPage('DeskLanding')} />
        <Route path="/:office" component={deskPage('OfficePage')} preload={preloadDesk} />
        <Route path="/:office/pratiche" component={deskPage('QueuePage')} preload={preloadDesk} />
        <Route path="/:office/pratiche/:id" component={deskPage('RequestPage')} preload={preloadDesk} />
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
      <Route path="/pratiche/nuova/:service" component={formPage('StartPage')} preload={preloadRequestForm} />
      <Route path="/pratiche/nuova/:service/controlla" component={formPage('CheckPage')} preload={preloadRequestForm} />
      <Route path="/pratiche/nuova/:service/:page" component={formPage('QuestionPage')} preload={preloadRequestForm} />
      <Route path="/pratiche" component={followPage('MyRequests')} preload={preloadMyRequests} />
      <Route path="/pratiche/:id" component={followPage('RequestPage')} preload={preloadRequest} />
      <Route path="/pratiche/:id/ricevuta" component={followPage('ReceiptPage')} preload={preloadRequest} />
      <Route path="*404" component={NotFound} />
    </Router>
  );
}
