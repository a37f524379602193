import type { SeedOrganization } from '../../../shared/catalog/seed-types';

/** Fictional administrations: names, domains and tax codes are invented and must not resolve to real ones. */
export const organizations: SeedOrganization[] = [
  {
    slug: 'comune-di-valdoria',
    kind: 'municipality',
    name: { it: 'Comune di Valdoria', en: 'Municipality of Valdoria' },
    description: {
      it: 'Il Comune di Valdoria, circa 40.000 abitanti in provincia di Valdoria (VD), offre ai cittadini e alle imprese i servizi di anagrafe, stato civile, tributi, edilizia, attività produttive e polizia locale.',
      en: 'The Municipality of Valdoria, a town of about 40,000 people in the province of Valdoria (VD), provides residents and businesses with registry, civil status, local tax, building, business and local police services.',
    },
    website: 'https://www.comune.valdoria.example.it',
    email: 'urp@comune.valdoria.example.it',
    pec: 'protocollo@pec.comune.valdoria.example.it',
    phone: '+39 051 000 4100',
    taxCode: '00481230372',
  },
  {
    slug: 'agenzia-regionale-lavoro',
    kind: 'regional_agency',
    name: {
      it: 'Agenzia regionale per il lavoro e la formazione',
      en: 'Regional Agency for Employment and Training',
    },
    description: {
      it: "L'Agenzia regionale per il lavoro e la formazione gestisce i centri per l'impiego del territorio, le politiche attive del lavoro, i tirocini e i servizi alle imprese agricole e della pesca.",
      en: 'The Regional Agency for Employment and Training runs the local job centres, active labour market programmes, traineeships and services for farming and fishing businesses.',
    },
    website: 'https://www.agenzialavoro.regione.example.it',
    email: 'info@agenzialavoro.regione.example.it',
    pec: 'agenzialavoro@pec.regione.example.it',
    phone: '+39 051 000 7700',
    taxCode: '91354780374',
  },
  {
    slug: 'asl-valdoria',
    kind: 'health_authority',
    name: { it: 'Azienda sanitaria locale di Valdoria', en: 'Valdoria Local Health Authority' },
    description: {
      it: "L'Azienda sanitaria locale di Valdoria assicura l'assistenza sanitaria sul territorio provinciale: ospedale, distretti, prevenzione, medicina di base e prenotazione di visite ed esami tramite il CUP.",
      en: 'The Valdoria Local Health Authority provides healthcare across the province: the hospital, health districts, prevention, primary care and booking of visits and tests through the CUP.',
    },
    website: 'https://www.asl.valdoria.example.it',
    email: 'urp@asl.valdoria.example.it',
    pec: 'protocollo@pec.asl.valdoria.example.it',
    phone: '+39 051 000 2200',
    taxCode: '02169850371',
  },
];
