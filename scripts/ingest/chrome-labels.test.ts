import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

const P1 = 'The rail operator said on Wednesday that night trains between the two capitals would run every day from June, after a trial last winter.';
const P2 = 'Its planning chief told reporters that the sleeper cars had been refitted in Vienna and that bookings for the summer were already strong.';
const P3 = 'Rival airlines said they would watch the service closely, though none expected it to take many passengers from the morning flights.';
const HEAD = 'Rail Letter\nNight trains return to the capitals\nBy Ada Novak\nMay 5, 2025';

describe('labels of the chrome under them, and reader polls', () => {
  it('takes a label with no verb over two lines of chrome, never a label with a verb', () => {
    const k = byText(`${HEAD}\nGood morning. This is Rail Letter, the weekly note on European trains.\nIn this edition:\nSkip to main content\nShare this page\n${P1}\n${P2}\n${P3}`);
    expect(k.get('In this edition:')).toBe('page chrome');
    const m = byText(`${HEAD}\n${P1}\nThe union listed two demands:\nSkip to main content\nShare this page\n${P2}\n${P3}`);
    expect(m.get('The union listed two demands:')).toBe('paragraph');
  });

  it("takes a poll below the story: its label, its question to the reader, over its options", () => {
    const q = 'Would you take a night train to a meeting?';
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\nQuick poll\n${q}\nYes, gladly\nOnly for holidays\nNever\nSign in to vote.\n© 2025 Rail Letter`);
    expect(k.get(q)).toBe('widget');
    expect(k.get('Quick poll')).toBe('widget');
    expect(k.get(P3)).toBe('paragraph');
  });

  it("leaves a post's closing question to the reader over its tags and share buttons", () => {
    const q = 'What is your team planning for the summer?';
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\nThree things to watch\n${q}\n#Rail #Travel #Europe\nLike\nComment\nShare`);
    expect(k.get(q)).toBe('paragraph');
  });
});
