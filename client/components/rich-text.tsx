import { For, Match, Switch } from 'solid-js';
import { parseRichText } from '../../shared/rich-text';

/** Catalog text as paragraphs and lists, built as DOM nodes: the text is never parsed as HTML. */
export function RichText(props: { text: string }) {
  const blocks = () => parseRichText(props.text);
  return (
    <For each={blocks()}>
      {(block) => (
        <Switch>
          <Match when={block.type === 'paragraph' && block}>{(paragraph) => <p>{paragraph().text}</p>}</Match>
          <Match when={block.type === 'list' && block}>
            {(list) => (
              <ul>
                <For each={list().items}>{(item) => <li>{item}</li>}</For>
              </ul>
            )}
          </Match>
        </Switch>
      )}
    </For>
  );
}
