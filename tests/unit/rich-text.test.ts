import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../shared/rich-text';

describe('parseRichText', () => {
  it('returns no blocks for empty or blank text', () => {
    expect(parseRichText('')).toEqual([]);
    expect(parseRichText('  \n\n \n')).toEqual([]);
  });

  it('splits paragraphs on blank lines', () => {
    expect(parseRichText('Prima frase.\n\nSeconda frase.')).toEqual([
      { type: 'paragraph', text: 'Prima frase.' },
      { type: 'paragraph', text: 'Seconda frase.' },
    ]);
  });

  it('joins the lines of one paragraph with a space', () => {
    expect(parseRichText('Una riga\nche continua')).toEqual([{ type: 'paragraph', text: 'Una riga che continua' }]);
  });

  it('turns lines starting with "- " into list items', () => {
    expect(parseRichText('- documento di identità\n- codice fiscale')).toEqual([
      { type: 'list', items: ['documento di identità', 'codice fiscale'] },
    ]);
  });

  it('keeps a paragraph that follows a list as its own block', () => {
    expect(
      parseRichText('- € 22,21 per il primo rilascio\n- € 27,37 per il duplicato\n\nSi paga allo sportello.'),
    ).toEqual([
      { type: 'list', items: ['€ 22,21 per il primo rilascio', '€ 27,37 per il duplicato'] },
      { type: 'paragraph', text: 'Si paga allo sportello.' },
    ]);
  });

  it('separates an introduction line from the list right under it', () => {
    expect(parseRichText('Ti servono:\n- la domanda\n- la ricevuta')).toEqual([
      { type: 'paragraph', text: 'Ti servono:' },
      { type: 'list', items: ['la domanda', 'la ricevuta'] },
    ]);
  });

  it('continues an item on an indented line and starts a paragraph on an unindented one', () => {
    expect(parseRichText('- primo punto\n  che prosegue\nNota finale.')).toEqual([
      { type: 'list', items: ['primo punto che prosegue'] },
      { type: 'paragraph', text: 'Nota finale.' },
    ]);
  });

  it('merges lists separated only by blank lines', () => {
    expect(parseRichText('- uno\n\n- due')).toEqual([{ type: 'list', items: ['uno', 'due'] }]);
  });

  it('skips empty items and accepts Windows line endings', () => {
    expect(parseRichText('- uno\r\n-\r\n- due\r\n\r\nFine.')).toEqual([
      { type: 'list', items: ['uno', 'due'] },
      { type: 'paragraph', text: 'Fine.' },
    ]);
  });

  it('does not treat a hyphen inside a word or a negative number as a list', () => {
    expect(parseRichText('-5 gradi\n\nanti-incendio')).toEqual([
      { type: 'paragraph', text: '-5 gradi' },
      { type: 'paragraph', text: 'anti-incendio' },
    ]);
  });

  it('never interprets markup, it keeps it as text', () => {
    expect(parseRichText('<b>grassetto</b>')).toEqual([{ type: 'paragraph', text: '<b>grassetto</b>' }]);
  });
});
