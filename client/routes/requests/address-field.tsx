import { createSignal, Show, untrack } from 'solid-js';
import type { AddressAnswer, AnswerValue } from '../../../shared/requests/form';
import { t } from '../../lib/i18n';
import type { FieldProps } from './field-control';
import { FieldGroup, fieldBaseId } from './field-parts';

const emptyAddress: AddressAnswer = { street: '', postalCode: '', city: '' };

function asAddress(value: AnswerValue | undefined): AddressAnswer {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  return emptyAddress;
}

/** A coordinate as typed ("41,9" or "41.9"), or undefined when the box is empty or not a number. */
function readCoordinate(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
}

/**
 * Via, CAP and comune; where the form wants the exact spot (a pothole, a broken street lamp), latitude
 * and longitude too, typed or taken from the phone's position with the person's permission.
 */
export function AddressField(props: FieldProps) {
  const base = () => fieldBaseId(props.field);
  const address = () => asAddress(props.value);
  const [locating, setLocating] = createSignal(false);
  const [located, setLocated] = createSignal<string>();
  // The coordinate boxes are written once and by "Usa la mia posizione": rewriting them on every key
  // would wipe a half-typed "-" or "41,".
  let latitudeInput: HTMLInputElement | undefined;
  let longitudeInput: HTMLInputElement | undefined;
  const update = (changes: Partial<AddressAnswer>) => {
    const next: AddressAnswer = { ...address(), ...changes };
    if (next.latitude === undefined) delete next.latitude;
    if (next.longitude === undefined) delete next.longitude;
    props.onChange(next);
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocated(t('requests.address.noGeolocation'));
      return;
    }
    setLocating(true);
    setLocated(t('requests.address.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const latitude = Number(position.coords.latitude.toFixed(6));
        const longitude = Number(position.coords.longitude.toFixed(6));
        update({ latitude, longitude });
        if (latitudeInput) latitudeInput.value = String(latitude);
        if (longitudeInput) longitudeInput.value = String(longitude);
        setLocated(t('requests.address.located'));
      },
      (failure) => {
        setLocating(false);
        setLocated(
          failure.code === failure.PERMISSION_DENIED
            ? t('requests.address.locationDenied')
            : t('requests.address.locationFailed'),
        );
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const part = (name: 'street' | 'postalCode' | 'city') => `${base()}-${name === 'postalCode' ? 'postal-code' : name}`;

  return (
    <FieldGroup field={props.field} error={props.error} asHeading={props.asHeading} class="address-group">
      <div class="field">
        <label for={part('street')}>{t('requests.address.street')}</label>
        <input
          id={part('street')}
          class="text-input"
          autocomplete="address-line1"
          value={address().street}
          aria-invalid={props.error ? true : undefined}
          onInput={(event) => update({ street: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={part('postalCode')}>{t('requests.address.postalCode')}</label>
        <input
          id={part('postalCode')}
          class="text-input input-width-5"
          autocomplete="postal-code"
          inputmode="numeric"
          spellcheck={false}
          value={address().postalCode}
          aria-invalid={props.error ? true : undefined}
          onInput={(event) => update({ postalCode: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={part('city')}>{t('requests.address.city')}</label>
        <input
          id={part('city')}
          class="text-input input-width-20"
          autocomplete="address-level2"
          value={address().city}
          aria-invalid={props.error ? true : undefined}
          onInput={(event) => update({ city: event.currentTarget.value })}
        />
      </div>
      <Show when={props.field.withLocation}>
        <div class="address-location">
          <p class="field-hint" id={`${base()}-location-hint`}>
            {t('requests.address.locationHint')}
          </p>
          <p>
            <button
              type="button"
              class="button button-outline"
              aria-disabled={locating() ? 'true' : undefined}
              aria-describedby={`${base()}-location-hint`}
              onClick={() => {
                if (!locating()) locate();
              }}
            >
              {t('requests.address.useLocation')}
            </button>
          </p>
          <p role="status" class="address-location-status">
            {located()}
          </p>
          <div class="coordinates">
            <div class="field">
              <label for={`${base()}-latitude`}>{t('requests.address.latitude')}</label>
              <input
                id={`${base()}-latitude`}
                type="number"
                step="any"
                min="-90"
                max="90"
                class="text-input input-width-12"
                ref={latitudeInput}
                value={untrack(() => address().latitude) ?? ''}
                aria-invalid={props.error ? true : undefined}
                onInput={(event) => update({ latitude: readCoordinate(event.currentTarget.value) })}
              />
            </div>
            <div class="field">
              <label for={`${base()}-longitude`}>{t('requests.address.longitude')}</label>
              <input
                id={`${base()}-longitude`}
                type="number"
                step="any"
                min="-180"
                max="180"
                class="text-input input-width-12"
                ref={longitudeInput}
                value={untrack(() => address().longitude) ?? ''}
                aria-invalid={props.error ? true : undefined}
                onInput={(event) => update({ longitude: readCoordinate(event.currentTarget.value) })}
              />
            </div>
          </div>
        </div>
      </Show>
    </FieldGroup>
  );
}
