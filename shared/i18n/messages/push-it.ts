/**
 * Italian messages of push notifications: the Profilo section and the one-time offer after a booking or a
 * submission. Part of the "area" strings (spread into area-it.ts), kept apart to keep that file readable;
 * push-en.ts must have exactly these keys. The notifications' own text comes from the server.
 */
export const pushIt = {
  'push.title': 'Notifiche sul dispositivo',
  'push.intro':
    'Ti avvisiamo sul telefono o sul computer quando un appuntamento si avvicina o cambia e quando una pratica va avanti, anche a Sportello chiuso. I messaggi restano comunque tutti nella sezione Messaggi.',
  'push.state.on': 'Le notifiche sono attive su questo dispositivo.',
  'push.state.off': 'Le notifiche non sono attive su questo dispositivo.',
  'push.state.blocked':
    "Il browser blocca le notifiche di Sportello. Per riattivarle apri le impostazioni del sito (l'icona accanto all'indirizzo della pagina), consenti le notifiche e ricarica la pagina.",
  'push.state.unsupported':
    'Questo browser non può ricevere notifiche push. Puoi usare un altro browser: i messaggi restano comunque nella sezione Messaggi.',
  'push.state.installFirst':
    'Su iPhone e iPad le notifiche arrivano solo se Sportello è nella schermata Home: tocca Condividi, poi «Aggiungi alla schermata Home», e apri Sportello da lì.',
  'push.state.paused':
    'Nelle Preferenze hai disattivato gli avvisi con le notifiche push: finché non li riattivi non ne riceverai su nessun dispositivo.',
  'push.enable': 'Attiva le notifiche su questo dispositivo',
  'push.enabling': 'Attivazione…',
  'push.enabled': 'Notifiche attivate su questo dispositivo.',
  'push.disable': 'Disattiva su questo dispositivo',
  'push.disabling': 'Disattivazione…',
  'push.disabled': 'Notifiche disattivate su questo dispositivo.',
  'push.error.denied':
    'Non hai dato al browser il permesso di mostrare notifiche. Se cambi idea, consentile nelle impostazioni del sito.',
  'push.error.timeout':
    "Il browser non ha completato l'attivazione delle notifiche. Riprova tra poco o con un altro browser.",
  'push.error.failed': 'Il browser non è riuscito ad attivare le notifiche. Riprova tra poco.',
  'push.devices.title': 'Dispositivi che ricevono le notifiche',
  'push.devices.empty': 'Nessun dispositivo riceve le notifiche.',
  'push.devices.thisDevice': 'Questo dispositivo',
  'push.devices.added': 'Attivate il {date}',
  'push.devices.lastDelivered': 'Ultima notifica: {date}',
  'push.devices.neverDelivered': 'Nessuna notifica inviata finora',
  'push.devices.remove': 'Rimuovi',
  'push.devices.removeLabel': 'Rimuovi {name} dai dispositivi che ricevono le notifiche',
  'push.devices.removeTitle': 'Rimuovere «{name}»?',
  'push.devices.removeBody':
    'Il dispositivo non riceverà più notifiche da Sportello. Potrai riattivarle da quel dispositivo quando vuoi.',
  'push.devices.removeConfirm': 'Rimuovi il dispositivo',
  'push.devices.removed': '«{name}» non riceverà più notifiche.',
  'push.prefs.title': 'Quali notifiche ricevere',
  'push.prefs.intro': 'Ogni scelta si salva subito e vale per tutti i tuoi dispositivi.',
  'push.prefs.topics': 'Per argomento',
  'push.prefs.services': 'Per servizio',
  'push.prefs.servicesHint': 'I servizi che hai prenotato o richiesto.',
  'push.prefs.noServices':
    'Quando prenoterai un appuntamento o presenterai una richiesta, qui potrai scegliere le notifiche di quel servizio.',
  'push.prefs.on': 'Notifiche attive: {name}.',
  'push.prefs.off': 'Notifiche disattivate: {name}.',
  'push.topic.appointment-reminders': 'Promemoria degli appuntamenti',
  'push.topic.appointment-changes': 'Conferme e modifiche degli appuntamenti',
  'push.topic.request-status': 'Avanzamento delle pratiche',
  'push.topic.waitlist-offers': "Posti liberi per chi è in lista d'attesa",
  'push.offer.title': 'Vuoi ricevere una notifica quando cambia qualcosa?',
  'push.offer.body':
    'Ti avvisiamo su questo dispositivo se ci sono novità. Puoi cambiare idea quando vuoi dal tuo Profilo.',
  'push.offer.accept': 'Attiva le notifiche',
  'push.offer.decline': 'No, grazie',
  'push.offer.declined': 'Va bene, non te lo chiederemo più. Puoi attivare le notifiche quando vuoi dal Profilo.',
  'push.offer.profile': 'Vai al Profilo',
} satisfies Record<string, string>;
