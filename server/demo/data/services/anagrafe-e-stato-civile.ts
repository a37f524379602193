import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'carta-di-identita-elettronica',
    organization: 'comune-di-valdoria',
    category: 'anagrafe-e-stato-civile',
    lifeEvents: [],
    offices: ['sportello-polifunzionale'],
    popularity: 980,
    content: {
      it: {
        title: "Carta d'identità elettronica (CIE)",
        summary:
          "Richiedere la carta d'identità elettronica, il documento di riconoscimento valido per l'espatrio nei Paesi dell'Unione europea e per accedere ai servizi online della pubblica amministrazione.",
        description:
          "La carta d'identità elettronica (CIE) è il documento personale che attesta l'identità del cittadino. È in policarbonato, ha le dimensioni di una carta di credito e contiene un microchip con i dati anagrafici, la fotografia e le impronte digitali del titolare.\n\nOltre a essere un documento di riconoscimento e, per i cittadini italiani, un documento valido per l'espatrio nei Paesi che lo accettano, la CIE permette di accedere ai servizi online delle pubbliche amministrazioni con l'app CieID.\n\nLa validità dipende dall'età: 3 anni per i minori di 3 anni, 5 anni dai 3 ai 18 anni, 10 anni per i maggiorenni. Le carte d'identità cartacee non sono più valide dal 3 agosto 2026, anche se riportano una scadenza successiva.",
        audience:
          "Tutte le persone residenti nel Comune di Valdoria, italiane e straniere, di qualsiasi età. Per i cittadini stranieri la carta non è valida per l'espatrio. I cittadini italiani iscritti all'AIRE la richiedono al consolato competente.\n\nPuoi chiederla alla scadenza del documento (fino a 180 giorni prima), in caso di smarrimento, furto o deterioramento, o quando cambiano i tuoi dati personali.",
        howTo:
          "- Prenota un appuntamento da questa pagina o sull'Agenda CIE del Ministero dell'Interno, scegliendo lo Sportello polifunzionale del cittadino.\n- Presentati di persona all'appuntamento con i documenti richiesti: la presenza è obbligatoria perché l'operatore acquisisce la firma e, dai 12 anni, le impronte digitali.\n- Controlla con l'operatore i tuoi dati e, se sei maggiorenne, indica se vuoi esprimere il consenso o il diniego alla donazione di organi e tessuti.\n- Scegli se ricevere la carta a casa o ritirarla allo sportello e paga il corrispettivo.\n- Conserva la ricevuta: riporta la prima parte dei codici PIN e PUK, che servono per usare la carta online.",
        requirements:
          "- Una fototessera recente (non più vecchia di 6 mesi), a colori, su sfondo bianco, con il viso frontale e ben visibile, oppure la foto digitale caricata sull'Agenda CIE\n- Il documento di identità scaduto o in scadenza\n- In caso di smarrimento o furto, la denuncia presentata alle forze dell'ordine\n- La tessera sanitaria, per il codice fiscale\n- Per i minorenni: la presenza del minore e di entrambi i genitori oppure, per la validità all'espatrio, l'assenso scritto del genitore assente con copia del suo documento\n- Per i cittadini stranieri: passaporto e permesso di soggiorno in corso di validità",
        outcome:
          "Ricevi la carta d'identità elettronica, spedita dall'Istituto Poligrafico e Zecca dello Stato all'indirizzo che hai indicato oppure consegnata allo Sportello polifunzionale, se hai scelto il ritiro in Comune.\n\nInsieme alla carta ricevi la seconda parte dei codici PIN e PUK.",
        timing:
          'La carta viene spedita entro 6 giorni lavorativi dalla richiesta.\n\nIl primo appuntamento disponibile è di solito entro 15-20 giorni. In caso di urgenza documentata (viaggio imminente, motivi di salute, partecipazione a un concorso o a una consultazione elettorale) puoi chiedere un appuntamento prioritario allo sportello.',
        cost: '- € 22,21 per il primo rilascio o il rinnovo alla scadenza: € 16,79 di corrispettivo statale, € 5,16 di diritti fissi e € 0,26 di diritti di segreteria comunali\n- € 27,37 per il duplicato in caso di smarrimento, furto o deterioramento, perché i diritti fissi salgono a € 10,32\n\nSi paga allo sportello con carta di pagamento o con avviso pagoPA.',
        access:
          "Il servizio si svolge in presenza, su appuntamento, allo Sportello polifunzionale del cittadino. Prenota da questa pagina oppure dall'Agenda CIE del Ministero dell'Interno, accedendo con SPID, CIE o con i tuoi dati anagrafici.\n\nSe per gravi motivi di salute non puoi venire allo sportello, puoi chiedere il rilascio a domicilio contattando lo sportello e allegando un certificato medico.",
        moreInfo:
          "- Decreto-legge 78/2015, art. 10, convertito dalla Legge 125/2015\n- Decreto del Ministro dell'Interno 23 dicembre 2015, modalità tecniche di emissione della CIE\n- Regolamento (UE) 2019/1157 sul rafforzamento della sicurezza delle carte d'identità\n- Portale nazionale: www.cartaidentita.interno.gov.it",
        keywords: [
          "carta d'identità",
          'carta identità',
          'CIE',
          'documento di identità',
          'documento di riconoscimento',
          "rinnovo carta d'identità",
        ],
      },
      en: {
        title: 'Electronic identity card (CIE)',
        summary:
          'Apply for the electronic identity card, the identity document that is valid for travel within the European Union and lets you access public administration services online.',
        description:
          "The electronic identity card (CIE) is the personal document that proves a citizen's identity. It is made of polycarbonate, is the size of a credit card and contains a microchip holding the holder's personal details, photograph and fingerprints.\n\nBesides being an identity document and, for Italian citizens, a travel document valid in the countries that accept it, the CIE lets you access public administrations' online services with the CieID app.\n\nValidity depends on age: 3 years for children under 3, 5 years from 3 to 18, 10 years for adults. Paper identity cards are no longer valid from 3 August 2026, even if they show a later expiry date.",
        audience:
          'Everyone resident in the Municipality of Valdoria, Italian and foreign, of any age. For foreign citizens the card is not valid for travel abroad. Italian citizens registered with AIRE apply at their consulate.\n\nYou can apply when your document expires (up to 180 days before), if it is lost, stolen or damaged, or when your personal details change.',
        howTo:
          "- Book an appointment from this page or on the Ministry of the Interior's Agenda CIE, choosing the Citizens' one-stop desk.\n- Attend the appointment in person with the required documents: you must be present because the clerk records your signature and, from age 12, your fingerprints.\n- Check your details with the clerk and, if you are an adult, state whether you consent to or refuse organ and tissue donation.\n- Choose whether to receive the card at home or collect it at the desk, and pay the fee.\n- Keep the receipt: it shows the first half of your PIN and PUK codes, which you need to use the card online.",
        requirements:
          '- A recent passport photo (no older than 6 months), in colour, on a white background, with your face front-on and clearly visible, or the digital photo uploaded to Agenda CIE\n- Your expired or expiring identity document\n- If the card was lost or stolen, the report filed with the police\n- Your health insurance card, for your tax code\n- For minors: the child and both parents must attend or, for a card valid for travel, the absent parent must give written consent with a copy of their ID\n- For foreign citizens: a valid passport and residence permit',
        outcome:
          "You receive the electronic identity card, sent by the State Printing Office (Istituto Poligrafico e Zecca dello Stato) to the address you gave, or handed over at the Citizens' one-stop desk if you chose to collect it.\n\nThe second half of your PIN and PUK codes comes with the card.",
        timing:
          'The card is sent within 6 working days of the application.\n\nThe first available appointment is usually within 15-20 days. In a documented emergency (imminent travel, health reasons, taking part in a public competition or an election) you can ask the desk for a priority appointment.',
        cost: '- €22.21 for a first card or a renewal on expiry: €16.79 state fee, €5.16 fixed charge and €0.26 municipal administrative fee\n- €27.37 for a replacement if the card is lost, stolen or damaged, because the fixed charge rises to €10.32\n\nYou pay at the desk by card or with a pagoPA payment notice.',
        access:
          "The service is provided in person, by appointment, at the Citizens' one-stop desk. Book from this page or on the Ministry of the Interior's Agenda CIE, signing in with SPID, CIE or your personal details.\n\nIf serious health reasons prevent you from coming to the desk, you can ask for the card to be issued at home by contacting the desk and attaching a medical certificate.",
        moreInfo:
          '- Decree-Law 78/2015, art. 10, converted by Law 125/2015\n- Decree of the Minister of the Interior of 23 December 2015 on the technical issuing procedures\n- Regulation (EU) 2019/1157 on strengthening the security of identity cards\n- National portal: www.cartaidentita.interno.gov.it',
        keywords: ['identity card', 'ID card', 'CIE', 'electronic identity card', 'identity document', 'renew ID card'],
      },
    },
  },
  {
    slug: 'cambio-di-residenza',
    organization: 'comune-di-valdoria',
    category: 'anagrafe-e-stato-civile',
    lifeEvents: ['cambio-di-residenza', 'acquisto-di-un-abitazione'],
    offices: ['sportello-polifunzionale'],
    popularity: 900,
    content: {
      it: {
        title: 'Cambio di residenza',
        summary:
          "Dichiarare il trasferimento della residenza a Valdoria da un altro Comune o dall'estero, oppure il cambio di indirizzo all'interno del Comune.",
        description:
          "La residenza è il luogo in cui una persona vive abitualmente. Chi si trasferisce a Valdoria o cambia casa all'interno del Comune deve dichiararlo all'ufficio anagrafe entro 20 giorni dal trasloco.\n\nLa registrazione avviene entro 2 giorni lavorativi dalla dichiarazione e ha effetto da quella data. Nei 45 giorni successivi la Polizia locale verifica che tu abiti effettivamente al nuovo indirizzo.\n\nCon la nuova residenza il Comune aggiorna l'Anagrafe nazionale (ANPR) e comunica il nuovo indirizzo alla Motorizzazione per patente e libretto di circolazione.",
        audience:
          "Chi si trasferisce a Valdoria da un altro Comune italiano o dall'estero, chi rientra dall'estero dopo l'iscrizione all'AIRE e chi cambia abitazione all'interno del Comune. La dichiarazione può riguardare una sola persona o l'intera famiglia.",
        howTo:
          "- Compila la dichiarazione di residenza online sul portale ANPR oppure il modulo ministeriale disponibile allo sportello.\n- Indica tutti i componenti della famiglia che si trasferiscono con te e, se ne hai, targa dei veicoli e numero di patente.\n- Allega i documenti richiesti e il titolo che ti consente di abitare nell'alloggio.\n- Invia la dichiarazione online, per PEC o presentala allo Sportello polifunzionale su appuntamento.\n- Attendi la verifica della Polizia locale e ricordati di presentare la dichiarazione TARI per il nuovo alloggio.",
        requirements:
          "- Documento di identità valido di chi firma e dei maggiorenni che si trasferiscono\n- Codice fiscale di tutti i componenti\n- Contratto di affitto registrato, atto di proprietà, contratto di comodato o dichiarazione del proprietario che ti ospita\n- Per i cittadini dell'Unione europea: documentazione su lavoro o risorse economiche e assicurazione sanitaria\n- Per i cittadini non UE: passaporto e permesso di soggiorno valido, o ricevuta della richiesta di rinnovo\n- Per chi rientra dall'estero: eventuali atti di stato civile formati all'estero, tradotti e legalizzati",
        outcome:
          "Ottieni l'iscrizione nell'anagrafe della popolazione residente del Comune di Valdoria, o la variazione del tuo indirizzo, con effetto dalla data della dichiarazione. Da quel momento puoi richiedere certificati con il nuovo indirizzo.",
        timing:
          '- Dichiarazione: entro 20 giorni dal trasferimento\n- Registrazione: entro 2 giorni lavorativi dalla dichiarazione\n- Accertamento della Polizia locale: entro 45 giorni\n\nSe entro 45 giorni non ricevi comunicazioni, la residenza si intende confermata (silenzio-assenso).',
        cost: 'Gratuito.',
        access:
          "Puoi presentare la dichiarazione online sul portale dell'Anagrafe nazionale (anagrafenazionale.interno.gov.it) accedendo con SPID, CIE o CNS, oppure inviarla per PEC a protocollo@pec.comune.valdoria.example.it.\n\nSe preferisci, prenota un appuntamento allo Sportello polifunzionale del cittadino da questa pagina.",
        moreInfo:
          "- DPR 223/1989, Regolamento anagrafico della popolazione residente\n- Decreto-legge 5/2012, art. 5, convertito dalla Legge 35/2012 (cambio di residenza in tempo reale)\n- Decreto-legge 47/2014, art. 5, convertito dalla Legge 80/2014\n- D.Lgs. 30/2007 sul soggiorno dei cittadini dell'Unione europea\n\nLe dichiarazioni false comportano la decadenza dai benefici ottenuti e sanzioni penali (DPR 445/2000, artt. 75 e 76).",
        keywords: [
          'residenza',
          'cambio indirizzo',
          'trasferimento residenza',
          'iscrizione anagrafica',
          'trasloco',
          'ANPR',
        ],
      },
      en: {
        title: 'Change of residence',
        summary:
          'Declare that you are moving your residence to Valdoria from another municipality or from abroad, or that you are changing address within the municipality.',
        description:
          'Residence is the place where a person usually lives. Anyone moving to Valdoria or moving house within the municipality must declare it to the registry office within 20 days of the move.\n\nThe change is registered within 2 working days of the declaration and takes effect from that date. Over the following 45 days the Local Police check that you actually live at the new address.\n\nOnce your residence changes, the Municipality updates the National Registry (ANPR) and notifies the Motor Vehicle Office of the new address for your driving licence and vehicle registration.',
        audience:
          'People moving to Valdoria from another Italian municipality or from abroad, people returning from abroad after being registered with AIRE, and people changing home within the municipality. The declaration can cover one person or the whole family.',
        howTo:
          "- Fill in the residence declaration online on the ANPR portal or use the ministerial form available at the desk.\n- List all family members moving with you and, if any, your vehicles' number plates and your driving licence number.\n- Attach the required documents and the title that entitles you to live in the home.\n- Send the declaration online or by certified email (PEC), or submit it at the Citizens' one-stop desk by appointment.\n- Wait for the Local Police check and remember to file the TARI waste tax declaration for the new home.",
        requirements:
          '- A valid identity document of the person signing and of every adult who is moving\n- Tax codes of all family members\n- Registered rental contract, deed of ownership, loan-for-use agreement or a statement from the owner who is hosting you\n- For EU citizens: proof of work or sufficient resources and health insurance\n- For non-EU citizens: passport and valid residence permit, or the receipt of the renewal application\n- For people returning from abroad: any civil status records issued abroad, translated and legalised',
        outcome:
          'You are registered in the resident population registry of the Municipality of Valdoria, or your address is updated, with effect from the date of the declaration. From then on you can request certificates showing the new address.',
        timing:
          '- Declaration: within 20 days of the move\n- Registration: within 2 working days of the declaration\n- Local Police check: within 45 days\n\nIf you hear nothing within 45 days, your residence is deemed confirmed (tacit approval).',
        cost: 'Free of charge.',
        access:
          "You can submit the declaration online on the National Registry portal (anagrafenazionale.interno.gov.it) by signing in with SPID, CIE or CNS, or send it by certified email to protocollo@pec.comune.valdoria.example.it.\n\nIf you prefer, book an appointment at the Citizens' one-stop desk from this page.",
        moreInfo:
          '- Presidential Decree 223/1989, Regulation on the resident population registry\n- Decree-Law 5/2012, art. 5, converted by Law 35/2012 (real-time change of residence)\n- Decree-Law 47/2014, art. 5, converted by Law 80/2014\n- Legislative Decree 30/2007 on the residence of EU citizens\n\nFalse declarations lead to the loss of any benefits obtained and to criminal penalties (Presidential Decree 445/2000, arts. 75 and 76).',
        keywords: ['residence', 'change of address', 'moving house', 'registry registration', 'relocation', 'ANPR'],
      },
    },
  },
  {
    slug: 'certificato-anagrafico',
    organization: 'comune-di-valdoria',
    category: 'anagrafe-e-stato-civile',
    lifeEvents: [],
    offices: ['sportello-polifunzionale'],
    popularity: 800,
    content: {
      it: {
        title: 'Certificato anagrafico',
        summary:
          'Ottenere un certificato di residenza, stato di famiglia, cittadinanza, stato civile o altri certificati anagrafici, online e gratis oppure allo sportello.',
        description:
          "Il certificato anagrafico attesta i dati registrati nell'anagrafe della popolazione residente. I più richiesti sono: residenza, stato di famiglia, cittadinanza, stato civile, esistenza in vita, nascita e il certificato contestuale, che riunisce più informazioni in un unico documento.\n\nI certificati hanno validità 6 mesi dalla data di rilascio.\n\nAttenzione: le pubbliche amministrazioni e i gestori di pubblici servizi non possono chiedere né accettare certificati. In questi casi basta una dichiarazione sostitutiva di certificazione (autocertificazione). Il certificato serve nei rapporti con i privati, ad esempio banche, notai o assicurazioni.",
        audience:
          "Chiunque, per sé o per un componente della propria famiglia anagrafica. I certificati di persone diverse possono essere richiesti allo sportello da chi ne ha titolo, indicando l'uso.",
        howTo:
          "- Accedi al portale dell'Anagrafe nazionale (ANPR) con SPID, CIE o CNS.\n- Scegli il certificato e indica se serve in bollo o in esenzione, specificando il motivo dell'esenzione.\n- Scarica il PDF con sigillo elettronico qualificato, che ha lo stesso valore del certificato cartaceo.\n\nIn alternativa, prenota un appuntamento allo Sportello polifunzionale e ritira il certificato al momento.",
        requirements:
          '- Per il servizio online: credenziali SPID, CIE o CNS\n- Allo sportello: documento di identità valido\n- Per i certificati in bollo richiesti allo sportello: una marca da bollo da € 16,00\n- Per certificati di altre persone: i dati della persona interessata e, se richiesta, una delega',
        outcome:
          'Ottieni il certificato anagrafico richiesto, in formato PDF firmato digitalmente se lo scarichi online, oppure su carta se lo ritiri allo sportello.',
        timing:
          "Online il certificato è disponibile subito. Allo sportello viene rilasciato al momento, salvo i certificati storici o relativi a periodi precedenti all'informatizzazione dell'anagrafe, che richiedono fino a 30 giorni.",
        cost: "- Online dal portale ANPR: gratuito, anche per i certificati che altrimenti andrebbero in bollo\n- Allo sportello, in bollo: marca da bollo da € 16,00 e € 0,52 di diritti di segreteria\n- Allo sportello, in esenzione dal bollo: € 0,26 di diritti di segreteria\n\nL'esenzione dal bollo spetta solo nei casi previsti dalla legge, ad esempio per uso pensione, adozione, separazione o divorzio, pratiche di assegni familiari.",
        access:
          "Il modo più rapido è il portale dell'Anagrafe nazionale: www.anagrafenazionale.interno.gov.it, area Servizi al cittadino.\n\nPer i certificati non disponibili online, o se non hai SPID o CIE, prenota un appuntamento allo Sportello polifunzionale del cittadino da questa pagina.",
        moreInfo:
          "- DPR 445/2000, artt. 40, 41 e 46 (certificati e dichiarazioni sostitutive)\n- Legge 183/2011, art. 15 (decertificazione)\n- DPR 642/1972, Allegato B (esenzioni dall'imposta di bollo)\n- DPR 223/1989, Regolamento anagrafico",
        keywords: [
          'certificato di residenza',
          'stato di famiglia',
          'certificato anagrafico',
          'certificato contestuale',
          'autocertificazione',
          'certificato di cittadinanza',
        ],
      },
      en: {
        title: 'Registry certificate',
        summary:
          'Get a certificate of residence, family status, citizenship, marital status or another registry certificate, online and free of charge or at the desk.',
        description:
          'A registry certificate confirms the details recorded in the resident population registry. The most requested are: residence, family status, citizenship, marital status, proof of life, birth, and the combined certificate, which brings several details together in one document.\n\nCertificates are valid for 6 months from the date of issue.\n\nPlease note: public administrations and public service providers may neither request nor accept certificates. For them a self-declaration in lieu of certificate (autocertificazione) is enough. Certificates are needed when dealing with private parties such as banks, notaries or insurance companies.',
        audience:
          'Anyone, for themselves or for a member of their registered household. Certificates about other people can be requested at the desk by those entitled to them, stating what they will be used for.',
        howTo:
          "- Sign in to the National Registry (ANPR) portal with SPID, CIE or CNS.\n- Choose the certificate and state whether it is subject to stamp duty or exempt, giving the reason for the exemption.\n- Download the PDF sealed with a qualified electronic seal, which has the same value as a paper certificate.\n\nAlternatively, book an appointment at the Citizens' one-stop desk and collect the certificate on the spot.",
        requirements:
          '- For the online service: SPID, CIE or CNS credentials\n- At the desk: a valid identity document\n- For certificates subject to stamp duty requested at the desk: a €16.00 revenue stamp\n- For certificates about other people: the details of the person concerned and, where required, a proxy',
        outcome:
          'You receive the requested registry certificate, as a digitally signed PDF if you download it online, or on paper if you collect it at the desk.',
        timing:
          'Online, the certificate is available immediately. At the desk it is issued on the spot, except historical certificates or those covering periods before the registry was computerised, which take up to 30 days.',
        cost: '- Online from the ANPR portal: free of charge, including certificates that would otherwise be subject to stamp duty\n- At the desk, with stamp duty: a €16.00 revenue stamp and a €0.52 administrative fee\n- At the desk, exempt from stamp duty: a €0.26 administrative fee\n\nExemption from stamp duty applies only in the cases provided by law, for example for pensions, adoption, separation or divorce, and family allowance claims.',
        access:
          "The quickest way is the National Registry portal: www.anagrafenazionale.interno.gov.it, section Services for citizens.\n\nFor certificates not available online, or if you do not have SPID or CIE, book an appointment at the Citizens' one-stop desk from this page.",
        moreInfo:
          '- Presidential Decree 445/2000, arts. 40, 41 and 46 (certificates and self-declarations)\n- Law 183/2011, art. 15 (removal of certificates between administrations)\n- Presidential Decree 642/1972, Annex B (stamp duty exemptions)\n- Presidential Decree 223/1989, Registry regulation',
        keywords: [
          'certificate of residence',
          'family status certificate',
          'registry certificate',
          'combined certificate',
          'self-declaration',
          'citizenship certificate',
        ],
      },
    },
  },
  {
    slug: 'pubblicazioni-di-matrimonio',
    organization: 'comune-di-valdoria',
    category: 'anagrafe-e-stato-civile',
    lifeEvents: ['matrimonio'],
    offices: ['sportello-polifunzionale'],
    popularity: 260,
    content: {
      it: {
        title: 'Pubblicazioni di matrimonio',
        summary:
          "Chiedere le pubblicazioni di matrimonio, l'atto che rende pubblica l'intenzione di sposarsi e che precede la celebrazione del matrimonio civile o religioso con effetti civili.",
        description:
          "Le pubblicazioni di matrimonio rendono nota l'intenzione di due persone di sposarsi, così che chiunque possa segnalare impedimenti previsti dalla legge. Servono sia per il matrimonio civile sia per quello religioso con effetti civili, concordatario o celebrato da un ministro di un culto ammesso.\n\nL'atto di pubblicazione resta affisso all'albo pretorio online per almeno 8 giorni consecutivi. Se gli sposi risiedono in Comuni diversi, la pubblicazione avviene in entrambi.\n\nLe unioni civili non richiedono pubblicazioni: si costituiscono con una richiesta congiunta all'ufficiale di stato civile.",
        audience:
          "Le coppie che intendono sposarsi in cui almeno uno dei futuri sposi risiede a Valdoria. Gli sposi devono essere maggiorenni; chi ha compiuto 16 anni può sposarsi solo con l'autorizzazione del Tribunale per i minorenni.",
        howTo:
          "- Prenota un appuntamento con l'ufficio di stato civile allo Sportello polifunzionale, almeno 2 mesi prima della data delle nozze.\n- Per il matrimonio religioso, procurati la richiesta di pubblicazione rilasciata dal parroco o dal ministro di culto.\n- Presentatevi entrambi all'appuntamento: l'ufficiale di stato civile raccoglie la vostra dichiarazione e verifica che non ci siano impedimenti.\n- Il Comune pubblica l'atto all'albo pretorio online per 8 giorni.\n- Finita la pubblicazione, per il rito religioso ritirate il certificato di eseguite pubblicazioni da consegnare al parroco; per il rito civile concordate data e sala della celebrazione.",
        requirements:
          "- Documento di identità valido di entrambi i futuri sposi\n- Per il matrimonio religioso: richiesta di pubblicazione del parroco o del ministro di culto\n- Per i cittadini stranieri: passaporto e nulla osta al matrimonio rilasciato dalla propria autorità consolare in Italia, legalizzato in Prefettura se richiesto\n- Per chi è già stato sposato: data e luogo della sentenza di divorzio o dell'atto di morte del coniuge precedente\n- Una marca da bollo da € 16,00, o due se gli sposi risiedono in Comuni diversi",
        outcome:
          'Al termine della pubblicazione ottieni il certificato di eseguite pubblicazioni, necessario per celebrare il matrimonio civile a Valdoria o in un altro Comune, oppure il matrimonio religioso con effetti civili.',
        timing:
          "- Pubblicazione all'albo pretorio: almeno 8 giorni consecutivi\n- Celebrazione: dal quarto giorno successivo alla fine della pubblicazione\n- Scadenza: il matrimonio va celebrato entro 180 giorni dalla fine della pubblicazione, altrimenti la pubblicazione si considera non avvenuta e va ripetuta",
        cost: '- Una marca da bollo da € 16,00 se entrambi gli sposi risiedono a Valdoria\n- Due marche da bollo da € 16,00 (€ 32,00 in totale) se risiedono in Comuni diversi\n\nLa celebrazione del matrimonio civile ha tariffe a parte, che dipendono dalla sala e dal giorno scelti.',
        access:
          "Il servizio si svolge in presenza, su appuntamento, all'ufficio di stato civile presso lo Sportello polifunzionale del cittadino. Prenota da questa pagina indicando la data prevista per le nozze.",
        moreInfo:
          "- Codice civile, artt. 93-101\n- DPR 396/2000, Regolamento dello stato civile, artt. 50-58\n- Legge 76/2016 sulle unioni civili e sulle convivenze\n\nL'albo pretorio online è consultabile su www.comune.valdoria.example.it.",
        keywords: [
          'pubblicazioni di matrimonio',
          'matrimonio',
          'sposarsi',
          'nozze',
          'matrimonio civile',
          'matrimonio in chiesa',
        ],
      },
      en: {
        title: 'Marriage banns',
        summary:
          'Apply for marriage banns, the public notice of the intention to marry that must precede a civil wedding or a religious wedding with civil effect.',
        description:
          'Marriage banns make public the intention of two people to marry, so that anyone can report impediments provided for by law. They are needed both for a civil wedding and for a religious wedding with civil effect, whether Catholic or celebrated by a minister of a recognised religion.\n\nThe notice stays on the online public noticeboard (albo pretorio) for at least 8 consecutive days. If the couple live in different municipalities, the banns are published in both.\n\nCivil unions do not need banns: they are formed with a joint request to the civil registrar.',
        audience:
          'Couples who intend to marry where at least one partner lives in Valdoria. Both partners must be adults; a person aged 16 or over can marry only with the authorisation of the Juvenile Court.',
        howTo:
          "- Book an appointment with the civil status office at the Citizens' one-stop desk, at least 2 months before the wedding date.\n- For a religious wedding, obtain the request for banns issued by the parish priest or minister of religion.\n- Both partners attend the appointment: the civil registrar takes your declaration and checks there are no impediments.\n- The Municipality publishes the notice on the online noticeboard for 8 days.\n- Once publication ends, for a religious wedding collect the certificate of completed banns for the priest; for a civil wedding agree the date and the room for the ceremony.",
        requirements:
          "- A valid identity document for both partners\n- For a religious wedding: the request for banns from the parish priest or minister of religion\n- For foreign citizens: passport and a certificate of no impediment issued by their consular authority in Italy, legalised at the Prefecture if required\n- For anyone previously married: date and place of the divorce ruling or of the former spouse's death record\n- One €16.00 revenue stamp, or two if the partners live in different municipalities",
        outcome:
          'When publication ends you receive the certificate of completed banns, which you need to hold a civil wedding in Valdoria or another municipality, or a religious wedding with civil effect.',
        timing:
          '- Publication on the noticeboard: at least 8 consecutive days\n- Wedding: from the fourth day after publication ends\n- Deadline: the wedding must take place within 180 days of the end of publication, otherwise the banns are void and must be repeated',
        cost: '- One €16.00 revenue stamp if both partners live in Valdoria\n- Two €16.00 revenue stamps (€32.00 in total) if they live in different municipalities\n\nThe civil wedding ceremony is charged separately, depending on the room and the day chosen.',
        access:
          "The service is provided in person, by appointment, at the civil status office in the Citizens' one-stop desk. Book from this page, stating the planned wedding date.",
        moreInfo:
          '- Civil Code, arts. 93-101\n- Presidential Decree 396/2000, Civil status regulation, arts. 50-58\n- Law 76/2016 on civil unions and cohabitation\n\nThe online noticeboard can be consulted at www.comune.valdoria.example.it.',
        keywords: ['marriage banns', 'marriage', 'getting married', 'wedding', 'civil wedding', 'church wedding'],
      },
    },
  },
  {
    slug: 'dichiarazione-di-nascita',
    organization: 'comune-di-valdoria',
    category: 'anagrafe-e-stato-civile',
    lifeEvents: ['nascita-di-un-figlio'],
    offices: ['sportello-polifunzionale'],
    popularity: 420,
    content: {
      it: {
        title: 'Dichiarazione di nascita',
        summary:
          "Dichiarare la nascita di un figlio per formare l'atto di nascita, iscrivere il bambino in anagrafe e ottenere il suo codice fiscale, entro 10 giorni dal parto.",
        description:
          "La dichiarazione di nascita è l'atto con cui si comunica all'ufficiale di stato civile la nascita di un bambino. Con la dichiarazione si forma l'atto di nascita, il bambino viene iscritto in anagrafe e riceve il codice fiscale.\n\nLa dichiarazione si può rendere in ospedale, alla direzione sanitaria, entro 3 giorni dal parto, oppure in Comune entro 10 giorni: nel Comune in cui il bambino è nato o in quello di residenza dei genitori.\n\nAl bambino si attribuisce il cognome di entrambi i genitori, nell'ordine da loro concordato, oppure il cognome di uno solo dei due se sono d'accordo.",
        audience:
          "I genitori di un bambino nato a Valdoria o residenti a Valdoria. Se i genitori sono sposati basta uno dei due; se non sono sposati, per il riconoscimento del figlio da parte di entrambi devono presentarsi insieme. Possono dichiarare la nascita anche un procuratore speciale, il medico o l'ostetrica che hanno assistito al parto.",
        howTo:
          "- Prenota un appuntamento con l'ufficio di stato civile allo Sportello polifunzionale entro 10 giorni dalla nascita.\n- Presentati con l'attestazione di nascita rilasciata dall'ospedale o dall'ostetrica e con i documenti dei genitori.\n- Indica il nome e l'ordine dei cognomi del bambino; l'ufficiale di stato civile redige l'atto, che firmi insieme a lui.\n- Il Comune iscrive il bambino in anagrafe e gli attribuisce il codice fiscale; la tessera sanitaria arriva a casa per posta.\n- Scegli il pediatra presso il Distretto sanitario dell'Azienda sanitaria locale.",
        requirements:
          "- Attestazione di nascita rilasciata dal punto nascita o dall'ostetrica\n- Documento di identità valido del genitore o dei genitori dichiaranti\n- Per i genitori non sposati: presenza di entrambi, se entrambi riconoscono il figlio\n- Per i genitori stranieri: passaporto e, se non parlano italiano, un interprete\n- Dopo il decimo giorno: una dichiarazione che spieghi il motivo del ritardo",
        outcome:
          "Ottieni l'atto di nascita del bambino, la sua iscrizione nell'anagrafe del Comune di residenza dei genitori e il codice fiscale. Da quel momento puoi chiedere per lui la carta d'identità e il passaporto.",
        timing:
          "- In ospedale: entro 3 giorni dalla nascita\n- In Comune: entro 10 giorni dalla nascita\n- Oltre il decimo giorno la dichiarazione è ancora possibile, ma l'ufficiale di stato civile deve segnalare il ritardo alla Procura della Repubblica\n\nL'atto viene redatto e firmato durante l'appuntamento.",
        cost: 'Gratuito.',
        access:
          "Il servizio si svolge in presenza, su appuntamento, all'ufficio di stato civile presso lo Sportello polifunzionale del cittadino. Prenota da questa pagina: per le nascite ci sono sempre appuntamenti disponibili entro 10 giorni.",
        moreInfo:
          "- DPR 396/2000, Regolamento dello stato civile, artt. 29-36\n- Codice civile, artt. 250 e seguenti, sul riconoscimento dei figli nati fuori dal matrimonio\n- Corte costituzionale, sentenza 131/2022, sull'attribuzione del cognome",
        keywords: [
          'dichiarazione di nascita',
          'nascita',
          'atto di nascita',
          'neonato',
          'riconoscimento del figlio',
          'registrare un bambino',
        ],
      },
      en: {
        title: 'Birth registration',
        summary:
          "Register your child's birth so that the birth record is drawn up, the child is entered in the population registry and gets a tax code, within 10 days of the birth.",
        description:
          "Birth registration is the act by which the civil registrar is informed that a child has been born. It creates the birth record, enters the child in the population registry and gives them a tax code.\n\nThe birth can be registered at the hospital, with the medical management, within 3 days, or at the Municipality within 10 days: either where the child was born or where the parents live.\n\nThe child takes both parents' surnames, in the order they agree, or only one of them if the parents both agree.",
        audience:
          'Parents of a child born in Valdoria or living in Valdoria. If the parents are married, one of them is enough; if they are not married, they must attend together for both to recognise the child. A special proxy, or the doctor or midwife who attended the birth, can also register it.',
        howTo:
          "- Book an appointment with the civil status office at the Citizens' one-stop desk within 10 days of the birth.\n- Bring the birth attestation issued by the hospital or midwife and the parents' documents.\n- State the child's first name and the order of the surnames; the civil registrar draws up the record, which you sign together.\n- The Municipality enters the child in the registry and assigns a tax code; the health insurance card is posted to your home.\n- Choose a paediatrician at the Local Health Authority's health district.",
        requirements:
          '- Birth attestation issued by the maternity unit or the midwife\n- A valid identity document of the parent or parents registering the birth\n- For unmarried parents: both must attend if both recognise the child\n- For foreign parents: passport and, if they do not speak Italian, an interpreter\n- After the tenth day: a statement explaining the reason for the delay',
        outcome:
          "You obtain the child's birth record, their registration in the population registry of the parents' municipality of residence and their tax code. From then on you can apply for the child's identity card and passport.",
        timing:
          '- At the hospital: within 3 days of the birth\n- At the Municipality: within 10 days of the birth\n- After the tenth day registration is still possible, but the civil registrar must report the delay to the Public Prosecutor\n\nThe record is drawn up and signed during the appointment.',
        cost: 'Free of charge.',
        access:
          "The service is provided in person, by appointment, at the civil status office in the Citizens' one-stop desk. Book from this page: appointments within 10 days are always kept free for births.",
        moreInfo:
          '- Presidential Decree 396/2000, Civil status regulation, arts. 29-36\n- Civil Code, arts. 250 ff., on recognising children born outside marriage\n- Constitutional Court, judgment 131/2022, on the surname given to children',
        keywords: [
          'birth registration',
          'register a birth',
          'birth certificate',
          'newborn',
          'recognition of a child',
          'birth record',
        ],
      },
    },
  },
];
