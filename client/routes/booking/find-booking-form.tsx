import { useNavigate } from '@solidjs/router';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { findBooking } from '../../lib/booking';
import { createFormState } from '../../lib/form-state';
import { t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';

/**
 * "Trova una prenotazione": any booking, by its code and the email it was made with. Found, it is kept
 * on this device and opened. A wrong email answers exactly as an unknown code does (the server's rule).
 */
export function FindBookingForm(props: { code?: string }) {
  const form = createFormState();
  const navigate = useNavigate();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const code = String(data.get('code') ?? '').trim();
    const email = String(data.get('email') ?? '')
      .trim()
      .toLowerCase();
    if (!code) return form.fail(t('booking.find.codeMissing'), 'code');
    if (!email) return form.fail(t('booking.find.emailMissing'), 'email');
    void form.run(async () => {
      const booking = await findBooking(code, email);
      navigate(bookingPaths.booking(booking.code));
    });
  };

  return (
    <section class="find-booking" aria-labelledby="find-booking-title">
      <h2 id="find-booking-title">{t('booking.find.title')}</h2>
      <p>{t('booking.find.intro')}</p>
      <form noValidate onSubmit={submit}>
        <TextField
          id="find-booking-code"
          name="code"
          label={t('booking.find.code')}
          hint={t('booking.find.codeHint')}
          value={props.code}
          autocapitalize="characters"
          maxLength={40}
          required
          error={form.fields().code}
        />
        <TextField
          id="find-booking-email"
          name="email"
          type="email"
          label={t('booking.find.email')}
          autocomplete="email"
          inputmode="email"
          autocapitalize="none"
          required
          error={form.fields().email}
        />
        <FormFeedback error={form.fields().code || form.fields().email ? undefined : form.error()} />
        <button type="submit" class="button button-primary">
          {form.pending() ? t('booking.working') : t('booking.find.submit')}
        </button>
      </form>
    </section>
  );
}
