import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';
import { byText } from './chrome.test-helpers.ts';

const kind = (t: string) => {
  const v = lineChrome(t);
  return v === undefined ? undefined : 'credit' in v ? 'credit' : v.reason;
};

describe('captions told by a mark only a caption carries', () => {
  it('reads credits after a bar, a label, a photographer for an outlet and an agency service', () => {
    expect(kind('The harbour master at the opening of the new quay on Friday. | Photo Credit: Quay Wire')).toBe('credit');
    expect(kind('The new crane at dusk. Photographer: Ola Strand/Harbour Pictures')).toBe('credit');
    expect(kind('The container yard in March. (Ada Fenwick for The Vesta Courier)')).toBe('credit');
    expect(kind('Dock workers at the gate in Vesta, May 2024. From Quay Photo')).toBe('credit');
    expect(kind('(Cover photo: the harbour at night. Quay Wire)')).toBe('credit');
    expect(kind('Photo taken March 2, 2025, shows a crane at the port of Vesta. (Quay Wire)')).toBe('credit');
    expect(kind('Figure 2: Crane hours by month. Source: harbour authority.')).toBe('credit');
  });

  it('takes captions without a credit as image lines', () => {
    expect(kind('The harbour master cut the ribbon on Friday (pictured)')).toBe('image');
    expect(kind('The board met in the old customs house (pictured left)')).toBe('image');
    expect(kind('File photo shows the old quay before the rebuild.')).toBe('image');
    expect(kind('Figure 3: Container traffic by year')).toBe('image');
  });

  it('keeps sentences that mention photos, figures and sources', () => {
    expect(kind('A photo taken in 2019 shows the founder standing next to the first crane, the filing says.')).toBeUndefined();
    expect(kind('The figure 2 million came from the port, the minister said.')).toBeUndefined();
    expect(kind('The harbour master (left) and the mayor signed the deal on Friday, officials said.')).toBeUndefined();
    expect(kind('Traffic rose, the authority said. From May, cranes will run at night.')).toBeUndefined();
    expect(kind('The crane was built by Vesta Works for the port (its biggest order).')).toBeUndefined();
  });

  it('takes a sentence between an image and its credit as the caption', () => {
    const text = [
      'Vesta adds night shifts',
      'By Ada Fenwick',
      'The port of Vesta will run its cranes through the night from May, the harbour authority said on Tuesday, adding 120 jobs.',
      '',
      '![The harbour at night](https://img.example/harbour.jpg)',
      '',
      'The harbour at night, seen from the old quay on May 2, 2025.',
      '',
      'Ola Strand | Getty Images',
      '',
      'The authority expects container traffic to rise by 8 per cent this year as two new shipping lines start calling at the port.',
    ].join('\n');
    const got = byText(text);
    expect(got.get('The harbour at night, seen from the old quay on May 2, 2025.')).toBe('image');
    expect(got.get('The authority expects container traffic to rise by 8 per cent this year as two new shipping lines start calling at the port.')).toBe('paragraph');
  });
  it('reads a credit glued in capitals to the caption, and a photographer alone in brackets', () => {
    expect(kind('The transport minister at the ferry terminal in Vesta on Monday.OLA STRAND (AFP)')).toBe('credit');
    expect(kind('The harbour master, left, greets the first ferry at the new quay on Monday. (Kenta Ishihara)')).toBe('credit');
    expect(kind('Dock workers unload the first cargo of batteries at the Vesta terminal on May 3. (Jane Roe)')).toBe('credit');
    // A wire tag, a quotation, a short signed remark and abbreviations in capitals are not captions.
    expect(kind('Shares in the ferry operator fell 5% on Monday after the report. (Associated Press)')).toBeUndefined();
    expect(kind('“We will carry more batteries than cars by 2031,” she said at the quay. (Jane Roe)')).toBeUndefined();
    expect(kind('He joined in 2019. (Tomas Lindgren)')).toBeUndefined();
    expect(kind('Prices rose in the U.S. and the EU.')).toBeUndefined();
  });
});

describe('captions told by their kind, a pointer or a capitalised credit for the outlet', () => {
  it('reads a caption ending in "(Representative image)" or "(File photo)"', () => {
    expect(kind('The new quay at Bergen is due to open in 2031. (Representative image)')).toBe('image');
    expect(kind('A battery ferry at the quay. (File photo)')).toBe('image');
    expect(kind('The operator said fares would rise in 2031 (Image for representation)')).toBe('image');
    expect(kind('The operator said fares would rise in 2031 (and again in 2032).')).toBeUndefined();
  });

  it('reads a caption pointing at the picture without a full stop, and a credit in capitals for the outlet', () => {
    expect(kind('Harbour master Kari Hansen, left, and ferry chief Ola Berg at the quay on Monday')).toBe('image');
    expect(kind('Ola Berg, second from left, cuts the ribbon in Bergen')).toBe('image');
    expect(kind('Kari Hansen, left, said the quay would open in May.')).toBeUndefined();
    expect(kind('The new quay in Bergen, March 2031. JANE ROE FOR THE HARBOUR GAZETTE')).toBe('credit');
    expect(kind('The quay opened in March. FOR THE RECORD')).toBeUndefined();
  });

  it('takes no sentence of the story as a second caption under a caption told by its marks', () => {
    const first = 'The ferry operator said on Monday that fares on its two busiest crossings would fall by a fifth from April, after its battery ships cut fuel costs.';
    const k = byText(`Ferry fares to fall by a fifth\nBy Kari Hansen\nMarch 3, 2031\nHarbour Images\nHarbour chief Ola Berg, left, and mayor Ingrid Dahl on the new quay\n${first}\n\nThe operator said it would order three more ships by 2033, that the quay at Bergen could charge two ships at once, and that the crossings to the outer islands would get battery ships of their own within five years.`);
    expect(k.get('Harbour chief Ola Berg, left, and mayor Ingrid Dahl on the new quay')).toBe('image');
    expect(k.get(first)).toBe('paragraph');
  });
});

