import { createSignal, Show } from 'solid-js';
import type { BookingView } from '../../../shared/booking/api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { cancelBooking } from '../../lib/booking';
import { formatDay } from '../../lib/booking-format';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { waitingChange } from './waiting-change';

/**
 * "Annulla la prenotazione", asked once more in a dialog. The key is made when the dialog opens and
 * kept for its retries: a second press after a lost answer cancels once and gets the same answer.
 * Without a connection the cancellation waits on the device, with the same key, and the person is
 * told it will be sent when the connection is back.
 */
export function CancelBooking(props: {
  booking: BookingView;
  email?: string;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const form = createFormState();
  const [open, setOpen] = createSignal(false);
  let key = '';
  const when = () => ({
    service: props.booking.service.title,
    day: formatDay(props.booking.localDate, locale()),
    time: props.booking.localTime,
  });

  const openDialog = () => {
    key = crypto.randomUUID();
    setOpen(true);
  };

  const confirm = async () => {
    let queued = false;
    const ok = await form.run(async () => {
      queued = (await cancelBooking(props.booking, props.email, key)).queued;
    });
    setOpen(false);
    if (ok) props.onDone(t(queued ? 'booking.cancel.queued' : 'booking.cancel.done', when()));
    else props.onError(form.error() ?? '');
  };

  return (
    <Show when={props.booking.status === 'confirmed' && props.booking.changeable && !waitingChange(props.booking.code)}>
      <button type="button" class="button button-outline button-small" onClick={openDialog}>
        {t('booking.cancel.button')}
        <span class="sr-only"> {t('booking.cancel.of', when())}</span>
      </button>
      <ConfirmDialog
        open={open()}
        title={t('booking.cancel.title')}
        confirmLabel={t('booking.cancel.confirm')}
        dismissLabel={t('booking.cancel.keep')}
        pending={form.pending()}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('booking.cancel.body', when())}</p>
      </ConfirmDialog>
    </Show>
  );
}
