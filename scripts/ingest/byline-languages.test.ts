import { describe, expect, it } from 'vitest';
import { parseByline } from './byline.ts';

describe("a writer's credit as other languages and wordings write it", () => {
  it.each(['Escrito por Ines Duarte', 'Scritto da Ines Duarte', 'Geschrieben von Ines Duarte', 'Écrit par Ines Duarte', 'Skrevet av Ines Duarte', 'Av Ines Duarte', 'Autor: Ines Duarte', 'Autorin: Ines Duarte', 'Auteur : Ines Duarte', 'Redactie: Ines Duarte', '作者：Ines Duarte', 'Authored by Ines Duarte', 'Contributed by Ines Duarte', 'Written by: Ines Duarte'])('reads "%s"', (line) => {
    expect(parseByline(line)?.authors).toEqual(['Ines Duarte']);
  });

  it('leaves a publishing verb, which may name the outlet, and a sentence', () => {
    expect(parseByline('Publicado por Fjordline Gazette')).toBeUndefined();
    expect(parseByline('Av the ferry crews, few slept')).toBeUndefined();
  });
});
