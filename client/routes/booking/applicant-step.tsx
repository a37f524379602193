import { createAsync, useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { getMe } from '../../lib/auth';
import { updateWizard } from '../../lib/booking-wizard';
import { t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import {
  type ApplicantErrors,
  ApplicantFields,
  applicantErrors,
  applicantFromProfile,
  readApplicant,
} from './applicant-fields';
import { StepActions } from './step-actions';
import { HeldStep, useWizard, WizardFrame } from './wizard-frame';

/** Step 4, Richiedente: who the appointment is for, prefilled from the profile of a signed-in citizen. */
export default function ApplicantStep() {
  const wizard = useWizard();
  const navigate = useNavigate();
  const me = createAsync(() => getMe().catch(() => null));
  const [errors, setErrors] = createSignal<ApplicantErrors>({});
  const initial = () => {
    const person = me();
    return wizard.state().applicant ?? (person ? applicantFromProfile(person) : undefined);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const draft = readApplicant(form);
    const found = applicantErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    updateWizard(wizard.slug(), { applicant: draft });
    navigate(bookingPaths.step(wizard.slug(), 'riepilogo'));
  };

  return (
    <HeldStep wizard={wizard}>
      {(service) => (
        <WizardFrame step="richiedente" service={service()} state={wizard.state()}>
          <p>{t('booking.applicant.intro')}</p>
          <form noValidate onSubmit={submit}>
            <ApplicantFields initial={initial()} errors={errors()} />
            <StepActions back={bookingPaths.step(wizard.slug(), 'dettagli')} />
          </form>
        </WizardFrame>
      )}
    </HeldStep>
  );
}
