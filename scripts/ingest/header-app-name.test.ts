import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { withHostPublisher } from './header-host.ts';

const HEAD = 'Battery ferry order doubles at the Gdansk yard';
const MORE = 'Fjordline Gazette asked the yard for comment. Fjordline Gazette readers asked about the route in June.';

describe("a reading app's name over its own library menu", () => {
  it('is no publisher: the app keeps the page, it did not publish it', () => {
    expect(meta(read(`Readwell\nHome\nLiked\nArchive\nHighlights\nFolders\nSearch\n${HEAD}\nKari Hansen\nMarch 12, 2031\n${BODY}`)).publisher).toBeNull();
    expect(meta(read(`Stashly\nMy List\nArchive\nFavorites\nTags\n${HEAD}\nKari Hansen\nMarch 12, 2031\n${BODY}`)).publisher).toBeNull();
  });

  it("keeps a news site's masthead over a menu with one library word", () => {
    expect(meta(read(`Fjordline Gazette\nHome\nWorld\nBusiness\nArchive\nPodcasts\n${HEAD}\nBy Kari Hansen\nMarch 12, 2031\n${BODY}`)).publisher).toBe('Fjordline Gazette');
  });

  it('reads the site from the bare domain the app prints under the headline, as the text names it', () => {
    const a = withHostPublisher(read(`Readwell\nHome\nLiked\nArchive\nHighlights\n${HEAD}\nfjordlinegazette.com\nKari Hansen\nMarch 12, 2031\n${BODY}\n${MORE}`));
    expect(a.publisher).toBe('Fjordline Gazette');
    expect(a.url).toBeUndefined();
  });
});
