import type { SeedCategory } from '../../../shared/catalog/seed-types';

/** The 15 service categories of the Modello Comuni (Designers Italia), in their canonical order. */
export const categories: SeedCategory[] = [
  {
    slug: 'anagrafe-e-stato-civile',
    name: { it: 'Anagrafe e stato civile', en: 'Registry office and civil status' },
    description: {
      it: 'Documenti di identità, residenza, certificati anagrafici ed eventi di stato civile come nascite, matrimoni e decessi.',
      en: 'Identity documents, residence, registry certificates and civil status events such as births, marriages and deaths.',
    },
  },
  {
    slug: 'cultura-e-tempo-libero',
    name: { it: 'Cultura e tempo libero', en: 'Culture and leisure' },
    description: {
      it: 'Biblioteche, musei, eventi, impianti sportivi e spazi comunali per associazioni e cittadini.',
      en: 'Libraries, museums, events, sports facilities and municipal venues for associations and residents.',
    },
  },
  {
    slug: 'vita-lavorativa',
    name: { it: 'Vita lavorativa', en: 'Working life' },
    description: {
      it: "Servizi per chi cerca lavoro, vuole formarsi o cambiare occupazione, dai centri per l'impiego ai tirocini.",
      en: 'Services for people looking for work, training or a career change, from job centres to traineeships.',
    },
  },
  {
    slug: 'attivita-produttive-e-commercio',
    name: { it: 'Attività produttive e commercio', en: 'Business and trade' },
    description: {
      it: 'Avvio, modifica e cessazione di imprese e attività commerciali tramite lo Sportello unico per le attività produttive (SUAP).',
      en: 'Starting, changing and closing businesses and shops through the one-stop shop for businesses (SUAP).',
    },
  },
  {
    slug: 'appalti-pubblici',
    name: { it: 'Appalti pubblici', en: 'Public procurement' },
    description: {
      it: "Bandi di gara, albo fornitori e informazioni per le imprese che lavorano con l'amministrazione.",
      en: 'Calls for tender, the supplier register and information for companies working with the administration.',
    },
  },
  {
    slug: 'catasto-e-urbanistica',
    name: { it: 'Catasto e urbanistica', en: 'Land registry and town planning' },
    description: {
      it: 'Pratiche edilizie, certificati urbanistici, accesso agli atti e informazioni sul piano regolatore.',
      en: 'Building permits, planning certificates, access to building records and information on the local plan.',
    },
  },
  {
    slug: 'turismo',
    name: { it: 'Turismo', en: 'Tourism' },
    description: {
      it: 'Adempimenti per le strutture ricettive, imposta di soggiorno e informazioni per chi visita il territorio.',
      en: 'Obligations for accommodation providers, tourist tax and information for visitors to the area.',
    },
  },
  {
    slug: 'mobilita-e-trasporti',
    name: { it: 'Mobilità e trasporti', en: 'Mobility and transport' },
    description: {
      it: 'Permessi di sosta e di accesso alle zone a traffico limitato, trasporto pubblico e mobilità sostenibile.',
      en: 'Parking and restricted traffic zone permits, public transport and sustainable mobility.',
    },
  },
  {
    slug: 'educazione-e-formazione',
    name: { it: 'Educazione e formazione', en: 'Education and training' },
    description: {
      it: 'Iscrizioni a nidi e scuole, mensa, trasporto scolastico, borse di studio e formazione per adulti.',
      en: 'Enrolment in nurseries and schools, school meals and transport, grants and adult education.',
    },
  },
  {
    slug: 'giustizia-e-sicurezza-pubblica',
    name: { it: 'Giustizia e sicurezza pubblica', en: 'Justice and public safety' },
    description: {
      it: 'Polizia locale, denunce e segnalazioni, protezione civile e servizi legati alla sicurezza urbana.',
      en: 'Local police, reports and complaints, civil protection and services related to urban safety.',
    },
  },
  {
    slug: 'tributi-finanze-e-contravvenzioni',
    name: { it: 'Tributi, finanze e contravvenzioni', en: 'Taxes, finance and fines' },
    description: {
      it: 'Pagamento di imposte e tasse locali come IMU e TARI, rimborsi, agevolazioni e pagamento delle multe.',
      en: 'Payment of local taxes such as IMU and TARI, refunds, reliefs and payment of traffic fines.',
    },
  },
  {
    slug: 'ambiente',
    name: { it: 'Ambiente', en: 'Environment' },
    description: {
      it: "Raccolta dei rifiuti, verde pubblico, qualità dell'aria e dell'acqua, tutela degli animali.",
      en: 'Waste collection, public parks, air and water quality, animal welfare.',
    },
  },
  {
    slug: 'salute-benessere-e-assistenza',
    name: { it: 'Salute, benessere e assistenza', en: 'Health, wellbeing and social care' },
    description: {
      it: 'Prenotazioni sanitarie, medico di base, contributi e servizi sociali per famiglie, anziani e persone con disabilità.',
      en: 'Healthcare bookings, family doctors, benefits and social services for families, older people and people with disabilities.',
    },
  },
  {
    slug: 'autorizzazioni',
    name: { it: 'Autorizzazioni', en: 'Permits and licences' },
    description: {
      it: 'Permessi, licenze e nulla osta per eventi, occupazioni temporanee, impianti e attività regolamentate.',
      en: 'Permits, licences and clearances for events, temporary occupations, installations and regulated activities.',
    },
  },
  {
    slug: 'agricoltura-e-pesca',
    name: { it: 'Agricoltura e pesca', en: 'Agriculture and fishing' },
    description: {
      it: 'Contributi, registri e autorizzazioni per aziende agricole, allevatori, pescatori e cacciatori.',
      en: 'Grants, registers and permits for farms, livestock breeders, fishers and hunters.',
    },
  },
];
