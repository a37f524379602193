import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'dichiarazione-imposta-di-soggiorno',
    organization: 'comune-di-valdoria',
    category: 'turismo',
    lifeEvents: ['avvio-di-un-attivita'],
    offices: ['ufficio-tributi'],
    popularity: 120,
    content: {
      it: {
        title: "Dichiarazione e versamento dell'imposta di soggiorno",
        summary:
          "Per i gestori di strutture ricettive e di locazioni brevi: comunicare ogni trimestre i pernottamenti, versare l'imposta di soggiorno riscossa e presentare la dichiarazione annuale.",
        description:
          "A Valdoria chi pernotta in una struttura ricettiva (alberghi, bed and breakfast, affittacamere, agriturismi, case vacanza, campeggi) o in un appartamento in locazione breve paga l'imposta di soggiorno, per un massimo di 5 notti consecutive.\n\nIl gestore della struttura è responsabile del pagamento dell'imposta: la riscuote dagli ospiti rilasciando ricevuta, la versa al Comune e presenta le dichiarazioni previste. Se un ospite rifiuta di pagare, il gestore lo segnala al Comune con l'apposito modulo.\n\nIl gettito finanzia interventi per il turismo, la manutenzione dei beni culturali e i servizi pubblici locali.",
        audience:
          'Gestori di strutture ricettive alberghiere ed extralberghiere di Valdoria, titolari di locazioni brevi, intermediari immobiliari e portali online che incassano il canone o intervengono nel pagamento.',
        howTo:
          "- Registrati al portale dell'imposta di soggiorno con SPID o CIE e inserisci i dati della struttura, compreso il codice identificativo nazionale (CIN).\n- Riscuoti l'imposta dagli ospiti al momento del pagamento del soggiorno e rilascia ricevuta.\n- Entro il 16 del mese successivo a ogni trimestre, comunica sul portale ospiti, pernottamenti, esenzioni ed eventuali rifiuti di pagamento.\n- Nello stesso termine versa l'imposta riscossa con l'avviso pagoPA generato dal portale.\n- Entro il 30 giugno dell'anno successivo presenta la dichiarazione annuale all'Agenzia delle entrate con il modello ministeriale.",
        requirements:
          "- Credenziali SPID o CIE del gestore o del suo delegato\n- Codice identificativo nazionale (CIN) della struttura o dell'alloggio\n- Registro degli ospiti con le date di arrivo e di partenza\n- Dichiarazioni di esenzione firmate dagli ospiti, con la documentazione prevista\n- Moduli di rifiuto del pagamento, se un ospite non ha pagato",
        outcome:
          'Adempi agli obblighi del gestore: il portale rilascia la ricevuta di ogni comunicazione trimestrale e di ogni versamento, che vale come prova in caso di controllo.',
        timing:
          "- Comunicazione e versamento trimestrale: entro il 16 aprile, il 16 luglio, il 16 ottobre e il 16 gennaio\n- Dichiarazione annuale: entro il 30 giugno dell'anno successivo\n- Conservazione della documentazione: 5 anni\n\nL'omessa dichiarazione è punita con una sanzione dal 100% al 200% dell'imposta dovuta; per il versamento omesso o tardivo si applicano le sanzioni dell'art. 13 del D.Lgs. 471/1997.",
        cost: "Gli adempimenti non hanno costi per il gestore.\n\nL'imposta dovuta da ogni ospite, a persona e per notte, fino a 5 notti consecutive:\n\n- Alberghi a 4 e 5 stelle: € 3,00\n- Alberghi a 3 stelle, case e appartamenti per vacanze, locazioni brevi: € 2,00\n- Alberghi a 1 e 2 stelle, bed and breakfast, affittacamere, agriturismi: € 1,50\n- Campeggi e ostelli: € 1,00\n\nSono esenti i minori di 14 anni, le persone con disabilità e un accompagnatore, chi assiste un familiare ricoverato nelle strutture sanitarie di Valdoria, gli autisti di pullman e un accompagnatore turistico ogni 25 partecipanti.",
        access:
          "Comunicazioni e versamenti si fanno solo online sul portale dell'imposta di soggiorno (soggiorno.comune.valdoria.example.it), con SPID o CIE. Per assistenza sulla registrazione o sulle esenzioni, prenota da questa pagina un appuntamento all'Ufficio tributi.",
        moreInfo:
          "- D.Lgs. 23/2011, art. 4, sull'imposta di soggiorno\n- Decreto-legge 34/2020, art. 180, sul gestore come responsabile d'imposta\n- Decreto-legge 50/2017, art. 4, sulle locazioni brevi\n- Decreto-legge 145/2023, art. 13-ter, sul codice identificativo nazionale (CIN)\n- Regolamento comunale per l'imposta di soggiorno, approvato con delibera del Consiglio comunale n. 9 del 2023",
        keywords: ['imposta di soggiorno', 'tassa di soggiorno', 'strutture ricettive', 'B&B', 'affitti brevi', 'CIN'],
      },
      en: {
        title: 'Tourist tax returns and payments',
        summary:
          'For managers of accommodation and short-term lets: report overnight stays every quarter, pay over the tourist tax collected and file the annual return.',
        description:
          'In Valdoria, anyone staying overnight in tourist accommodation (hotels, bed and breakfasts, guest houses, farm stays, holiday homes, campsites) or in a short-term let pays the tourist tax, for up to 5 consecutive nights.\n\nThe accommodation manager is liable for the tax: they collect it from guests and issue a receipt, pay it over to the Municipality and file the required returns. If a guest refuses to pay, the manager reports it to the Municipality on the dedicated form.\n\nThe revenue funds tourism projects, the upkeep of cultural heritage and local public services.',
        audience:
          'Managers of hotels and other tourist accommodation in Valdoria, owners of short-term lets, estate agents and online platforms that collect the rent or are involved in the payment.',
        howTo:
          "- Register on the tourist tax portal with SPID or CIE and enter your property's details, including its national identification code (CIN).\n- Collect the tax from guests when they pay for their stay and issue a receipt.\n- By the 16th of the month after each quarter, report guests, nights, exemptions and any refusals to pay on the portal.\n- By the same date, pay over the tax collected with the pagoPA notice generated by the portal.\n- By 30 June of the following year, file the annual return with the Revenue Agency (Agenzia delle entrate) on the ministerial form.",
        requirements:
          '- SPID or CIE credentials of the manager or their delegate\n- National identification code (CIN) of the property or accommodation\n- Guest register with arrival and departure dates\n- Exemption declarations signed by guests, with the required supporting documents\n- Refusal-to-pay forms, if a guest did not pay',
        outcome:
          'You meet your obligations as a manager: the portal issues a receipt for each quarterly report and each payment, which serves as proof in case of inspection.',
        timing:
          '- Quarterly report and payment: by 16 April, 16 July, 16 October and 16 January\n- Annual return: by 30 June of the following year\n- Record keeping: 5 years\n\nFailure to file the return is punished with a penalty of 100% to 200% of the tax due; for missed or late payments the penalties of art. 13 of Legislative Decree 471/1997 apply.',
        cost: 'There is no charge to the manager for these obligations.\n\nThe tax due from each guest, per person per night, for up to 5 consecutive nights:\n\n- 4- and 5-star hotels: €3.00\n- 3-star hotels, holiday homes and apartments, short-term lets: €2.00\n- 1- and 2-star hotels, bed and breakfasts, guest houses, farm stays: €1.50\n- Campsites and hostels: €1.00\n\nExempt are children under 14, people with disabilities and one companion, people caring for a relative admitted to a Valdoria healthcare facility, coach drivers and one tour leader for every 25 participants.',
        access:
          'Reports and payments are made online only, on the tourist tax portal (soggiorno.comune.valdoria.example.it), with SPID or CIE. For help with registration or exemptions, book an appointment at the Local tax office from this page.',
        moreInfo:
          '- Legislative Decree 23/2011, art. 4, on the tourist tax\n- Decree-Law 34/2020, art. 180, on the manager as the party liable for the tax\n- Decree-Law 50/2017, art. 4, on short-term lets\n- Decree-Law 145/2023, art. 13-ter, on the national identification code (CIN)\n- Municipal tourist tax regulation, approved by City Council resolution no. 9 of 2023',
        keywords: ['tourist tax', 'city tax', 'accommodation', 'B&B', 'short-term lets', 'CIN'],
      },
    },
  },
];
