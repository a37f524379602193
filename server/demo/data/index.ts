import type { SeedService } from '../../../shared/catalog/seed-types';

export { demoAccounts } from './accounts';
export { booking as demoBooking } from './booking';
export { demoRequestForms } from './request-forms';

import { categories } from './categories';
import { lifeEvents } from './life-events';
import { offices } from './offices';
import { organizations } from './organizations';
import { services as agricoltura } from './services/agricoltura-e-pesca';
import { services as ambiente } from './services/ambiente';
import { services as anagrafe } from './services/anagrafe-e-stato-civile';
import { services as appalti } from './services/appalti-pubblici';
import { services as attivitaProduttive } from './services/attivita-produttive-e-commercio';
import { services as autorizzazioni } from './services/autorizzazioni';
import { services as catasto } from './services/catasto-e-urbanistica';
import { services as cultura } from './services/cultura-e-tempo-libero';
import { services as educazione } from './services/educazione-e-formazione';
import { services as giustizia } from './services/giustizia-e-sicurezza-pubblica';
import { services as mobilita } from './services/mobilita-e-trasporti';
import { services as salute } from './services/salute-benessere-e-assistenza';
import { services as tributi } from './services/tributi-finanze-e-contravvenzioni';
import { services as turismo } from './services/turismo';
import { services as vitaLavorativa } from './services/vita-lavorativa';

const services: SeedService[] = [
  ...anagrafe,
  ...cultura,
  ...vitaLavorativa,
  ...attivitaProduttive,
  ...appalti,
  ...catasto,
  ...turismo,
  ...mobilita,
  ...educazione,
  ...giustizia,
  ...tributi,
  ...ambiente,
  ...salute,
  ...autorizzazioni,
  ...agricoltura,
];

/** The demo regional network: Comune di Valdoria, a regional agency and a health authority. */
export const demoCatalog = { categories, lifeEvents, organizations, offices, services };
