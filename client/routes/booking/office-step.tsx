import { createAsync, useNavigate } from '@solidjs/router';
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { FormFeedback } from '../../components/form-feedback';
import { restartWizard, updateWizard } from '../../lib/booking-wizard';
import { getService } from '../../lib/catalog';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { modeName } from './mode';
import { StepActions } from './step-actions';
import { NotBookable, useWizard, WizardFrame } from './wizard-frame';

/**
 * Step 1, Luogo: the office. With a single office it is already chosen, and the step still shows where
 * the appointment will be. Addresses come from the service's catalog page.
 */
export default function OfficeStep() {
  const wizard = useWizard();
  const navigate = useNavigate();
  const detail = createAsync(() => getService(wizard.slug(), locale()).catch(() => undefined));
  const address = (office: string) => {
    const found = detail()?.data.offices.find((entry) => entry.slug === office)?.address;
    return found && `${found.street}, ${found.postalCode} ${found.city} (${found.province})`;
  };
  const [error, setError] = createSignal<string>();
  // Back at the first step after a booking: a new booking starts from scratch.
  onMount(() => {
    if (wizard.state().confirmed) restartWizard(wizard.slug());
  });

  const preselected = () => {
    const offices = wizard.service()?.offices ?? [];
    return wizard.state().office ?? (offices.length === 1 ? offices[0]?.slug : undefined);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const office = String(new FormData(event.currentTarget as HTMLFormElement).get('office') ?? '');
    if (!office) return setError(t('booking.office.missing'));
    // Another office has other days and times: what was chosen there no longer applies.
    if (office !== wizard.state().office)
      updateWizard(wizard.slug(), { office, date: undefined, start: undefined, hold: undefined });
    navigate(bookingPaths.step(wizard.slug(), 'data'));
  };

  return (
    <Switch>
      <Match when={wizard.service() === null}>
        <NotBookable slug={wizard.slug()} />
      </Match>
      <Match when={wizard.service()}>
        {(service) => (
          <WizardFrame step="luogo" service={service()} state={wizard.state()}>
            <form noValidate onSubmit={submit}>
              <fieldset class="choice-group office-choice" aria-describedby={error() ? 'office-error' : undefined}>
                <legend>{t('booking.office.legend')}</legend>
                <Show when={service().offices.length === 1}>
                  <p class="field-hint">{t('booking.office.single')}</p>
                </Show>
                <For each={service().offices}>
                  {(office) => (
                    <div class="choice office-option">
                      <input
                        type="radio"
                        name="office"
                        id={`office-${office.slug}`}
                        value={office.slug}
                        checked={preselected() === office.slug}
                        aria-describedby={`office-${office.slug}-about`}
                      />
                      <label for={`office-${office.slug}`}>
                        <span class="office-name">{office.name}</span>
                        <span class="office-about" id={`office-${office.slug}-about`}>
                          <Show when={address(office.slug)}>{(text) => <span>{text()}</span>}</Show>
                          <span>{modeName(office.mode)}</span>
                        </span>
                      </label>
                    </div>
                  )}
                </For>
              </fieldset>
              <FormFeedback error={error()} />
              <StepActions back={bookingPaths.start} />
            </form>
          </WizardFrame>
        )}
      </Match>
    </Switch>
  );
}
