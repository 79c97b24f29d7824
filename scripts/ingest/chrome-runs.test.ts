import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

const story = [
  'Quay cranes set a record in February',
  'By Ada Fenwick',
  'March 3, 2025',
  'The quay operator said on Monday that its cranes ran 41,000 hours in February, a record for the port and its shipping lines.',
  'The operator plans to buy four more cranes next year, at a cost of about $3 million each, its chief executive told reporters.',
].join('\n');

describe('runs of same-shaped lines after the story', () => {
  it("removes a notes app's metadata record closing the text, joined lines too", () => {
    const text = `${story}\n\nid: 5a1b2c3d4e5f\nparent_id: 9f8e7d6c created_time: 2025-03-04T08:00:00.000Z\nlatitude: 59.91000000\nsource_url: https://quay.example/cranes\nis_todo: 0\ntype_: 1\n`;
    const got = byText(text);
    expect(got.get('id: 5a1b2c3d4e5f')).toBe('page chrome');
    expect(got.get('latitude: 59.91000000')).toBe('page chrome');
    expect(got.get('parent_id: 9f8e7d6c created_time: 2025-03-04T08:00:00.000Z')).toBe('page chrome');
    expect(got.get(story.split('\n')[3]!)).toBe('paragraph');
  });

  it('keeps a config example inside the story, and a short run', () => {
    const text = `${story}\nThe operator published its crane settings:\nmax_load: 40\nspeed: 2\nboom: long\nmode: auto\nEngineers said the settings would be reviewed every year after the winter storms, the operator's spokesperson added on Monday.\n`;
    const got = byText(text);
    expect(got.get('max_load: 40')).not.toBe('page chrome');
    const short = byText(`${story}\nid: 5a1b2c3d4e5f\ntype_: 1\n`);
    expect(short.get('id: 5a1b2c3d4e5f')).not.toBe('page chrome');
  });

  it('removes a tag list with post counts and a footer of years, one a line', () => {
    const text = `${story}\ncranes 12\nports 340\nshipping-lines 7\n©\n2019\n2020\n2021\n2025\n`;
    const got = byText(text);
    expect(got.get('cranes 12')).toBe('tag list');
    expect(got.get('shipping-lines 7')).toBe('tag list');
    expect(got.get('2019')).toBe('site footer');
    expect(got.get('2020')).toBe('site footer');
  });

  it('keeps a lone counted line and a lone year', () => {
    const got = byText(`${story}\nberths 4\n2024\nThe port's busiest year was 2024, when it handled 1.2 million containers, the operator said in its annual report.\n`);
    expect(got.get('berths 4')).not.toBe('tag list');
    expect(got.get('2024')).not.toBe('site footer');
  });

  it('keeps a copyright sign that is not a symbol at the edge: "ⓒ Harbour Ledger. All rights reserved."', () => {
    expect(byText(`${story}\nⓒ Harbour Ledger. All rights reserved.\n`).get('ⓒ Harbour Ledger. All rights reserved.')).toBe('site footer');
  });
});
