/**
 * Italian messages of the requests pages: a part of the catalog loaded with those pages, so the home page
 * does not carry them. Same conventions as it.ts; requests-en.ts must have exactly these keys.
 */
export const requestsIt = {
  'requests.areaTitle': 'Area personale',
  'requests.service.apply': 'Compila la domanda online',
  'requests.back': 'Indietro',
  'requests.continue': 'Continua',
  'requests.working': 'Attendi…',
  'requests.yes': 'Sì',
  'requests.no': 'No',
  'requests.protocol': 'Protocollo n. {protocol}',
  'requests.submitted':
    'Domanda inviata. Il numero di protocollo è {protocol}: da questa pagina puoi seguire la pratica.',

  'requests.signIn.action': 'Accedi',
  'requests.signIn.form':
    "Per presentare la domanda online devi accedere alla tua area personale. Dopo l'accesso tornerai a questa pagina.",
  'requests.signIn.mine': 'Per vedere le tue pratiche devi accedere alla tua area personale.',
  'requests.signIn.request': "Per vedere questa pratica devi accedere con l'account che l'ha presentata.",

  'requests.form.kicker': 'Domanda online',
  'requests.form.progress': 'Domanda {current} di {total}',
  'requests.form.handledBy': 'La domanda è gestita da {office} ({org}).',
  'requests.form.deadlineCalendar.one': "L'ufficio deve rispondere entro 1 giorno dall'invio.",
  'requests.form.deadlineCalendar.other': "L'ufficio deve rispondere entro {count} giorni dall'invio.",
  'requests.form.deadlineWorking.one': "L'ufficio deve rispondere entro 1 giorno lavorativo dall'invio.",
  'requests.form.deadlineWorking.other': "L'ufficio deve rispondere entro {count} giorni lavorativi dall'invio.",
  'requests.form.savedAsYouGo':
    'Le risposte vengono salvate a ogni pagina: puoi interrompere e riprendere quando vuoi, anche da un altro dispositivo.',
  'requests.form.savedNote': 'Le risposte vengono salvate quando scegli «Continua».',
  'requests.form.waiting':
    'Sei offline: le risposte date finora sono salvate su questo dispositivo e saranno inviate appena torni online. Per inviare la domanda serve la connessione.',
  'requests.form.servicePage': 'Vai alla pagina del servizio',
  'requests.form.noFormTitle': 'Domanda online non disponibile',
  'requests.form.noFormBody':
    'Per questo servizio non è possibile presentare la domanda online. Nella pagina del servizio trovi come accedervi.',
  'requests.form.changed':
    'Il modulo è stato aggiornato dopo che hai iniziato la domanda. Abbiamo tenuto le risposte che valgono ancora: ricontrolla ogni pagina.',
  'requests.form.resumed':
    'Stai riprendendo la domanda che hai salvato il {date}: le risposte date finora sono al loro posto.',
  'requests.form.restarted': 'La bozza è stata eliminata: puoi ricominciare la domanda da capo.',

  'requests.field.optional': '{label} (facoltativo)',
  'requests.errors.title': "C'è un problema",
  'requests.errors.titlePrefix': 'Errore:',

  'requests.address.street': 'Via e numero civico',
  'requests.address.postalCode': 'CAP',
  'requests.address.city': 'Comune',
  'requests.address.locationHint':
    'Indica il punto esatto: usa la posizione del tuo dispositivo oppure scrivi latitudine e longitudine.',
  'requests.address.useLocation': 'Usa la mia posizione',
  'requests.address.locating': 'Ricerca della posizione in corso…',
  'requests.address.located': 'Posizione trovata: latitudine e longitudine sono state inserite.',
  'requests.address.locationDenied':
    'Non hai dato il permesso di usare la posizione. Puoi scrivere latitudine e longitudine a mano.',
  'requests.address.locationFailed':
    'Non è stato possibile trovare la posizione. Riprova o scrivi latitudine e longitudine a mano.',
  'requests.address.noGeolocation':
    'Questo dispositivo non può indicare la posizione. Scrivi latitudine e longitudine a mano.',
  'requests.address.latitude': 'Latitudine',
  'requests.address.longitude': 'Longitudine',
  'requests.address.position': 'posizione {latitude}, {longitude}',

  'requests.file.limits': 'Formati accettati: {types}. Dimensione massima per file: {size}.',
  'requests.file.empty': 'Il file «{name}» è vuoto: scegli un altro file.',
  'requests.file.tooLarge': 'Il file «{name}» è troppo grande: la dimensione massima è {size}.',
  'requests.file.tooLargeAny': 'Il file è troppo grande.',
  'requests.file.badType':
    "Il file «{name}» non è in un formato accettato: allega un PDF o un'immagine PNG, JPEG o WebP.",
  'requests.file.uploading': 'Caricamento di «{name}» in corso…',
  'requests.file.attached': 'Il file «{name}» è stato allegato.',
  'requests.file.attachedCount.one': 'Hai allegato 1 file a questa domanda.',
  'requests.file.attachedCount.other': 'Hai allegato {count} file a questa domanda.',
  'requests.file.removed': 'Il file «{name}» è stato tolto.',
  'requests.file.remove': 'Rimuovi',
  'requests.file.listLabel': 'File allegati',

  'requests.check.title': 'Controlla le tue risposte',
  'requests.check.intro': 'Prima di inviare la domanda controlla che le risposte siano corrette.',
  'requests.check.change': 'Modifica',
  'requests.check.sendTitle': 'Invia la domanda',
  'requests.check.declaration':
    "Inviando la domanda dichiari che le informazioni che hai dato sono vere e complete. Dopo l'invio le risposte non si possono più modificare.",
  'requests.check.submit': 'Invia la domanda',

  'requests.draft.discard': 'Ricomincia da capo',
  'requests.draft.discardTitle': 'Vuoi eliminare la bozza?',
  'requests.draft.discardBody':
    'Le risposte date finora e i file allegati saranno eliminati. Questa operazione non si può annullare.',
  'requests.draft.discardConfirm': 'Elimina la bozza',
  'requests.draft.discardKeep': 'Tieni la bozza',

  'requests.answer.none': 'Nessuna risposta',
  'requests.answer.noFiles': 'Nessun file',

  'requests.status.label': 'Stato',
  'requests.status.draft': 'Da completare',
  'requests.status.submitted': 'Inviata',
  'requests.status.in_review': 'In lavorazione',
  'requests.status.needs_info': 'In attesa di integrazioni',
  'requests.status.approved': 'Accolta',
  'requests.status.rejected': 'Respinta',
  'requests.status.closed': 'Chiusa',
  'requests.status.withdrawn': 'Ritirata',

  'requests.deadline.title': 'Tempi di risposta',
  'requests.deadline.onTime': 'Risposta entro il {date}',
  'requests.deadline.daysLeft.one': 'manca 1 giorno',
  'requests.deadline.daysLeft.other': 'mancano {count} giorni',
  'requests.deadline.workingDaysLeft.one': 'manca 1 giorno lavorativo',
  'requests.deadline.workingDaysLeft.other': 'mancano {count} giorni lavorativi',
  'requests.deadline.paused': 'Termine sospeso: in attesa della tua risposta',
  'requests.deadline.overdue.one': 'In ritardo di 1 giorno',
  'requests.deadline.overdue.other': 'In ritardo di {count} giorni',
  'requests.deadline.met': 'Risposta data entro il termine ({date})',
  'requests.deadline.missed.one': 'Risposta data con 1 giorno di ritardo',
  'requests.deadline.missed.other': 'Risposta data con {count} giorni di ritardo',
  'requests.deadline.explain.one':
    "Per legge (legge 241/1990) l'ufficio deve concludere la pratica entro 1 giorno dall'invio della domanda.",
  'requests.deadline.explain.other':
    "Per legge (legge 241/1990) l'ufficio deve concludere la pratica entro {count} giorni dall'invio della domanda.",
  'requests.deadline.explainWorking.one':
    "Per legge (legge 241/1990) l'ufficio deve concludere la pratica entro 1 giorno lavorativo dall'invio della domanda.",
  'requests.deadline.explainWorking.other':
    "Per legge (legge 241/1990) l'ufficio deve concludere la pratica entro {count} giorni lavorativi dall'invio della domanda.",
  'requests.deadline.pausedExplain.one':
    "L'ufficio ti ha chiesto delle informazioni: finché non rispondi il termine è sospeso (art. 2, comma 7, legge 241/1990). Quando rispondi riprende a decorrere e resta 1 giorno.",
  'requests.deadline.pausedExplain.other':
    "L'ufficio ti ha chiesto delle informazioni: finché non rispondi il termine è sospeso (art. 2, comma 7, legge 241/1990). Quando rispondi riprende a decorrere e restano {count} giorni.",
  'requests.deadline.pausedExplainWorking.one':
    "L'ufficio ti ha chiesto delle informazioni: finché non rispondi il termine è sospeso (art. 2, comma 7, legge 241/1990). Quando rispondi riprende a decorrere e resta 1 giorno lavorativo.",
  'requests.deadline.pausedExplainWorking.other':
    "L'ufficio ti ha chiesto delle informazioni: finché non rispondi il termine è sospeso (art. 2, comma 7, legge 241/1990). Quando rispondi riprende a decorrere e restano {count} giorni lavorativi.",

  'requests.mine.title': 'Le mie pratiche',
  'requests.mine.link': 'Le mie pratiche',
  'requests.mine.intro': 'Le domande che hai presentato online e quelle che hai iniziato a compilare.',
  'requests.mine.drafts': 'Da completare',
  'requests.mine.draftsIntro': 'Domande iniziate e non ancora inviate: riprendile da dove le hai lasciate.',
  'requests.mine.open': 'In corso',
  'requests.mine.closed': 'Concluse',
  'requests.mine.continueDraft': 'continua la domanda',
  'requests.mine.submittedAt': 'Inviata il {date}',
  'requests.mine.lastSaved': 'Salvata il {date}',
  'requests.mine.empty': 'Non hai ancora presentato domande online',
  'requests.mine.emptyHint':
    'Quando un servizio permette di presentare la domanda online, nella sua pagina trovi «Compila la domanda online».',
  'requests.mine.findService': 'Vedi i servizi',

  'requests.overview.title': 'Le tue pratiche aperte',
  'requests.overview.all': 'Tutte le tue pratiche',

  'requests.page.title': 'Pratica',
  'requests.page.kicker': 'Pratica',
  'requests.page.status': 'A che punto è',
  'requests.page.statusLabel': 'Stato',
  'requests.page.protocol': 'Numero di protocollo',
  'requests.page.submittedAt': 'Inviata il',
  'requests.page.organization': 'Ente',
  'requests.page.office': 'Ufficio che gestisce la pratica',
  'requests.page.email': 'Email',
  'requests.page.phone': 'Telefono',
  'requests.page.quoteProtocol': "Se contatti l'ufficio, indica il numero di protocollo.",
  'requests.page.answers': 'Le tue risposte',
  'requests.page.files': 'File allegati',

  'requests.live.statusChanged': 'La pratica è stata aggiornata. Nuovo stato: {status}.',
  'requests.live.updated': 'La pratica è stata aggiornata.',

  'requests.timeline.title': 'Storico della pratica',
  'requests.timeline.you': 'Tu',
  'requests.timeline.system': 'Sportello',
  'requests.timeline.staff': '{name}, {office}',
  'requests.timeline.submitted': 'Domanda inviata',
  'requests.timeline.moved': 'Nuovo stato: {status}',
  'requests.timeline.message': 'Messaggio',

  'requests.info.title': "L'ufficio ti chiede delle informazioni",
  'requests.info.asked': "Ecco cosa ti chiede l'ufficio:",
  'requests.info.message': 'La tua risposta',
  'requests.info.messageHint': 'Scrivi le informazioni richieste. Puoi anche allegare dei documenti.',
  'requests.info.messageMissing': "Scrivi la tua risposta all'ufficio.",
  'requests.info.files': 'Documenti da allegare (facoltativo)',
  'requests.info.filesHint': 'I file vengono caricati subito e inviati con la risposta.',
  'requests.info.send': 'Invia la risposta',
  'requests.info.sent': "Risposta inviata: la pratica torna all'ufficio e il termine riprende a decorrere.",

  'requests.info.queued':
    'Sei offline: la tua risposta è salvata su questo dispositivo e sarà inviata appena torni online. Eccola:',
  'requests.withdraw.sectionTitle': 'Ritirare la domanda',
  'requests.withdraw.intro':
    "Finché l'ufficio non ha deciso puoi ritirare la domanda. Dopo il ritiro la pratica si chiude.",
  'requests.withdraw.action': 'Ritira la domanda',
  'requests.withdraw.title': 'Vuoi ritirare la domanda?',
  'requests.withdraw.body':
    "La domanda «{service}» sarà ritirata e l'ufficio non la esaminerà più. Questa operazione non si può annullare.",
  'requests.withdraw.reason': 'Motivo del ritiro (facoltativo)',
  'requests.withdraw.confirm': 'Ritira la domanda',
  'requests.withdraw.keep': 'Non ritirare',
  'requests.withdraw.done': 'Hai ritirato la domanda.',

  'requests.receipt.title': 'Ricevuta di presentazione',
  'requests.receipt.link': 'Vedi e stampa la ricevuta',
  'requests.receipt.back': 'Torna alla pratica',
  'requests.receipt.submittedAt': 'Data e ora di presentazione',
  'requests.receipt.service': 'Servizio',
  'requests.receipt.sha256': 'Impronta SHA-256',
  'requests.receipt.note':
    "L'impronta SHA-256 di ogni file permette di verificare in seguito che il documento sia quello inviato.",
  'requests.receipt.print': 'Stampa',
} satisfies Record<string, string>;

export type RequestsMessageKey = keyof typeof requestsIt;
export type RequestsMessages = Record<RequestsMessageKey, string>;
