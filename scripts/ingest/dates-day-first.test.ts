import { describe, expect, it } from 'vitest';
import { parseDateLine } from './dates.ts';

describe('a slashed date under a label in a language that writes the day first', () => {
  it.each(['Actualizado el 04/11/2031', 'Publicado: 04/11/2031', 'Creado: 04/11/2031', 'Publié le 04/11/2031', 'Veröffentlicht: 04/11/2031', 'Pubblicato il 04/11/2031'])('reads "%s" as 4 November', (line) => {
    expect(parseDateLine(line)?.iso).toBe('2031-11-04');
  });

  it('keeps an English label\'s slashed date month first, and reads "Mis en ligne le"', () => {
    expect(parseDateLine('Updated 04/11/2031')?.iso).toBe('2031-04-11');
    expect(parseDateLine('Mis en ligne le 4 novembre 2031')?.iso).toBe('2031-11-04');
  });
});
