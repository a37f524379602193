/**
 * The plain-text format of service page sections: paragraphs are separated by a blank line, list items
 * are lines starting with "- ". Parsed into blocks so the client renders <p> and <ul> without ever
 * interpreting the text as HTML.
 */
export type RichTextBlock = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

const listItem = /^[-•](?:\s+(.*))?$/;

export function parseRichText(source: string): RichTextBlock[] {
  const blocks: RichTextBlock[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    for (const block of parseChunk(chunk)) appendBlock(blocks, block);
  }
  return blocks;
}

/** A chunk has no blank line inside; it may still mix paragraph lines and list items. */
function parseChunk(chunk: string): RichTextBlock[] {
  const blocks: RichTextBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const rawLine of chunk.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    const item = listItem.exec(line);
    if (item) {
      flushParagraph();
      if (!list) {
        list = [];
        blocks.push({ type: 'list', items: list });
      }
      const text = (item[1] ?? '').trim();
      if (text) list.push(text);
    } else if (list && /^\s/.test(rawLine) && list.length > 0) {
      // An indented line right after an item continues that item.
      list[list.length - 1] += ` ${line}`;
    } else {
      list = undefined;
      paragraph.push(line);
    }
  }
  flushParagraph();
  return blocks.filter((block) => block.type === 'paragraph' || block.items.length > 0);
}

/** Lists separated only by blank lines are one list, as a reader would see them. */
function appendBlock(blocks: RichTextBlock[], block: RichTextBlock): void {
  const previous = blocks[blocks.length - 1];
  if (previous?.type === 'list' && block.type === 'list') previous.items.push(...block.items);
  else blocks.push(block);
}
