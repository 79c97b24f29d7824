import { describe, expect, it } from 'vitest';
import { splitTitle } from './headline.ts';

const none = () => false;

describe("a headline's outlet after other sites' separators", () => {
  it('splits "Headline · Outlet" and "Headline :: Outlet" when the tail is shaped like an outlet or named elsewhere', () => {
    expect(splitTitle('Battery ferry order doubles at the Gdansk yard · Fjordline Gazette', none)).toEqual({ title: 'Battery ferry order doubles at the Gdansk yard', publisher: 'Fjordline Gazette' });
    expect(splitTitle('Battery ferry order doubles at the Gdansk yard :: Kestrelwatch', (s) => s === 'Kestrelwatch')).toEqual({ title: 'Battery ferry order doubles at the Gdansk yard', publisher: 'Kestrelwatch' });
  });

  it("keeps a writer's name, a page kind or an unknown tail after a middle dot in the title", () => {
    expect(splitTitle('Battery ferry order doubles at the Gdansk yard · Kari Hansen', none).publisher).toBeUndefined();
    expect(splitTitle('Battery ferry order doubles · Fact sheet', none).publisher).toBeUndefined();
    expect(splitTitle('Battery ferry order doubles · Gdansk Yard', none).publisher).toBeUndefined();
  });

  it('splits "Outlet | Headline" only for a name shaped like an outlet or named elsewhere, before a headline of five words or more', () => {
    expect(splitTitle('Fjordline Gazette | Battery ferry order doubles at the Gdansk yard', none)).toEqual({ title: 'Battery ferry order doubles at the Gdansk yard', publisher: 'Fjordline Gazette' });
    expect(splitTitle('Kestrelwatch | Battery ferry order doubles at the Gdansk yard', (s) => s === 'Kestrelwatch').publisher).toBe('Kestrelwatch');
    expect(splitTitle('Fjordline Gazette | Ferry tolls rise in June', none)).toEqual({ title: 'Ferry tolls rise in June', publisher: 'Fjordline Gazette' });
    // A column's name before the bar is no outlet: the line is left whole.
    expect(splitTitle('Ferry Diaries | Battery ferry order doubles at the Gdansk yard', none)).toEqual({ title: 'Ferry Diaries | Battery ferry order doubles at the Gdansk yard' });
  });

  it('takes the part shaped as an outlet in "Headline | Outlet | Section", and the last part otherwise', () => {
    expect(splitTitle('Battery ferry order doubles at the Gdansk yard | Fjordline Gazette | Maritime', none)).toEqual({ title: 'Battery ferry order doubles at the Gdansk yard', publisher: 'Fjordline Gazette' });
    expect(splitTitle('Battery ferry order doubles at the Gdansk yard | Maritime | Fjordline Gazette', none).publisher).toBe('Fjordline Gazette');
    expect(splitTitle('Battery ferry order doubles at the Gdansk yard | Maritime | Kestrelwatch', none).publisher).toBe('Kestrelwatch');
  });
});
