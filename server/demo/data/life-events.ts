import type { SeedLifeEvent } from '../../../shared/catalog/seed-types';

/** "Eventi della vita" of the Modello Comuni: services grouped by what is happening to the person. */
export const lifeEvents: SeedLifeEvent[] = [
  {
    slug: 'nascita-di-un-figlio',
    name: { it: 'Nascita di un figlio', en: 'Having a baby' },
    description: {
      it: 'Dalla dichiarazione di nascita alla scelta del pediatra: cosa fare quando arriva un bambino in famiglia.',
      en: 'From registering the birth to choosing a paediatrician: what to do when a child joins the family.',
    },
  },
  {
    slug: 'cambio-di-residenza',
    name: { it: 'Cambio di residenza', en: 'Moving house' },
    description: {
      it: 'Trasferirsi in città o cambiare indirizzo: residenza, documenti, rifiuti e servizi da aggiornare.',
      en: 'Moving to town or to a new address: residence, documents, waste collection and services to update.',
    },
  },
  {
    slug: 'iscrizione-a-scuola',
    name: { it: 'Iscrizione a scuola', en: 'Starting school' },
    description: {
      it: 'Iscrizioni al nido e alle scuole, mensa, trasporto scolastico e agevolazioni per le famiglie.',
      en: 'Enrolment in nurseries and schools, school meals, school transport and support for families.',
    },
  },
  {
    slug: 'avvio-di-un-attivita',
    name: { it: "Avvio di un'attività", en: 'Starting a business' },
    description: {
      it: "Aprire un negozio, un locale o un'impresa: segnalazioni al SUAP, autorizzazioni e adempimenti.",
      en: 'Opening a shop, a bar or a company: notices to the SUAP, permits and other obligations.',
    },
  },
  {
    slug: 'ricerca-di-lavoro',
    name: { it: 'Ricerca di lavoro', en: 'Looking for a job' },
    description: {
      it: "Iscrizione al centro per l'impiego, orientamento, corsi di formazione e tirocini.",
      en: 'Registering at the job centre, career guidance, training courses and traineeships.',
    },
  },
  {
    slug: 'acquisto-di-un-abitazione',
    name: { it: "Acquisto di un'abitazione", en: 'Buying a home' },
    description: {
      it: 'Verifiche urbanistiche, accesso agli atti edilizi, imposte sulla casa e cambio di residenza.',
      en: 'Planning checks, access to building records, property taxes and change of residence.',
    },
  },
  {
    slug: 'possesso-di-un-animale-domestico',
    name: { it: 'Possesso di un animale domestico', en: 'Owning a pet' },
    description: {
      it: "Iscrizione all'anagrafe degli animali d'affezione, microchip, aree cani e servizi veterinari.",
      en: 'Registering pets, microchipping, dog parks and veterinary services.',
    },
  },
  {
    slug: 'matrimonio',
    name: { it: 'Matrimonio', en: 'Getting married' },
    description: {
      it: 'Pubblicazioni, celebrazione del matrimonio civile o concordatario e unioni civili.',
      en: 'Banns, civil or religious weddings with civil effect, and civil unions.',
    },
  },
  {
    slug: 'morte-di-una-persona-cara',
    name: { it: 'Morte di una persona cara', en: 'Death of a loved one' },
    description: {
      it: 'Denuncia di morte, servizi cimiteriali, successione e pratiche da chiudere per conto del familiare.',
      en: 'Registering a death, cemetery services, inheritance and closing matters on behalf of the relative.',
    },
  },
  {
    slug: 'pensionamento',
    name: { it: 'Pensionamento', en: 'Retiring' },
    description: {
      it: 'Cosa cambia quando si va in pensione: agevolazioni, attività per il tempo libero e servizi per gli anziani.',
      en: 'What changes when you retire: reliefs, leisure activities and services for older people.',
    },
  },
  {
    slug: 'guida-di-un-veicolo',
    name: { it: 'Guida di un veicolo', en: 'Driving a vehicle' },
    description: {
      it: 'Permessi di sosta e ZTL, contrassegno disabili, multe e incidenti stradali.',
      en: 'Parking and restricted traffic zone permits, disabled badges, fines and road accidents.',
    },
  },
  {
    slug: 'cura-della-salute',
    name: { it: 'Cura della salute', en: 'Looking after your health' },
    description: {
      it: 'Prenotare visite ed esami, scegliere il medico di famiglia e accedere ai servizi sanitari del territorio.',
      en: 'Booking medical visits and tests, choosing a family doctor and using local health services.',
    },
  },
];
