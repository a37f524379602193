import { createAsync } from '@solidjs/router';
import { createEffect, createSignal, For, on } from 'solid-js';
import type { PushPreferences } from '../../../shared/push/api';
import { type PushTopic, pushTopics } from '../../../shared/push/topics';
import { FormFeedback } from '../../components/form-feedback';
import { createFormState } from '../../lib/form-state';
import { type MessageKey, t } from '../../lib/i18n';
import { getPushPreferences, setPushService, setPushTopic } from '../../lib/push/push-api';

const topicNames: Record<PushTopic, MessageKey> = {
  'appointment-reminders': 'push.topic.appointment-reminders',
  'appointment-changes': 'push.topic.appointment-changes',
  'request-status': 'push.topic.request-status',
  'waitlist-offers': 'push.topic.waitlist-offers',
};

/** Read when shown, so the name follows a change of language and the state the server's last answer. */
type Choice = {
  key: string;
  name: () => string;
  saved: () => boolean;
  save: (enabled: boolean) => Promise<PushPreferences>;
};

/**
 * Which notifications to receive, per topic and per service (as App IO does). A box applies when it is
 * ticked, shown at once; if the server refuses, it goes back and the person is told.
 */
export function PushPreferencesForm() {
  const loaded = createAsync(() => getPushPreferences());
  const [answered, setAnswered] = createSignal<PushPreferences>();
  const [pending, setPending] = createSignal<Record<string, boolean>>({});
  const feedback = createFormState();
  // One change at a time, in order: each answer is the whole set, so a late one must not undo a newer one.
  let queue: Promise<unknown> = Promise.resolve();

  // A fresh read (another device turned on, a new sign-in) is newer than the last answer kept here.
  createEffect(on(loaded, () => setAnswered(undefined), { defer: true }));

  const preferences = () => answered() ?? loaded();
  const services = () => preferences()?.services ?? [];

  const change = (choice: Choice, enabled: boolean) => {
    setPending((current) => ({ ...current, [choice.key]: enabled }));
    queue = queue.then(() =>
      feedback
        .run(async () => {
          setAnswered(await choice.save(enabled));
          return t(enabled ? 'push.prefs.on' : 'push.prefs.off', { name: choice.name() });
        })
        .then(() =>
          setPending((current) => {
            const { [choice.key]: _done, ...rest } = current;
            return rest;
          }),
        ),
    );
  };

  const box = (choice: Choice) => (
    <div class="choice">
      <input
        type="checkbox"
        id={`push-${choice.key.replace(':', '-')}`}
        checked={pending()[choice.key] ?? choice.saved()}
        onChange={(event) => change(choice, event.currentTarget.checked)}
      />
      <label for={`push-${choice.key.replace(':', '-')}`}>{choice.name()}</label>
    </div>
  );

  return (
    <div class="push-preferences">
      <h4>{t('push.prefs.title')}</h4>
      <p class="field-hint">{t('push.prefs.intro')}</p>
      <fieldset class="choice-group">
        <legend>{t('push.prefs.topics')}</legend>
        <For each={pushTopics}>
          {(topic) =>
            box({
              key: `topic:${topic}`,
              name: () => t(topicNames[topic]),
              saved: () => preferences()?.topics[topic] ?? true,
              save: (enabled) => setPushTopic(topic, enabled),
            })
          }
        </For>
      </fieldset>
      <fieldset class="choice-group" aria-describedby="push-services-hint">
        <legend>{t('push.prefs.services')}</legend>
        <p class="field-hint" id="push-services-hint">
          {services().length ? t('push.prefs.servicesHint') : t('push.prefs.noServices')}
        </p>
        {/* Keyed by slug: each answer brings new objects, and re-creating the boxes would lose the focus. */}
        <For each={services().map((service) => service.slug)}>
          {(slug) =>
            box({
              key: `service:${slug}`,
              name: () => services().find((service) => service.slug === slug)?.name ?? slug,
              saved: () => services().find((service) => service.slug === slug)?.enabled ?? true,
              save: (enabled) => setPushService(slug, enabled),
            })
          }
        </For>
      </fieldset>
      <FormFeedback error={feedback.error()} done={feedback.done()} />
    </div>
  );
}
