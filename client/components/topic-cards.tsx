import { For } from 'solid-js';
import type { Topic } from '../../shared/catalog/api';
import { plural } from '../lib/i18n';

/** The categories as cards (Modello Comuni "service-category-link"), each with its number of services. */
export function CategoryGrid(props: { categories: Topic[] | undefined }) {
  return (
    <ul class="card-grid category-grid">
      <For each={props.categories}>
        {(category) => (
          <li>
            <article class="card category-card">
              <h3 class="card-title">
                <a href={`/categorie/${category.slug}`} data-element="service-category-link">
                  {category.name}
                </a>
              </h3>
              <p class="card-text">{category.description}</p>
              <p class="card-meta">{plural('services.count', category.serviceCount)}</p>
            </article>
          </li>
        )}
      </For>
    </ul>
  );
}

/** Life events (or any topics) as chips linking to their pages. */
export function TopicChips(props: {
  topics: { slug: string; name: string }[] | undefined;
  base: '/categorie' | '/eventi-della-vita';
  element?: string;
}) {
  return (
    <ul class="chips">
      <For each={props.topics}>
        {(topic) => (
          <li>
            <a class="chip" href={`${props.base}/${topic.slug}`} data-element={props.element}>
              {topic.name}
            </a>
          </li>
        )}
      </For>
    </ul>
  );
}
