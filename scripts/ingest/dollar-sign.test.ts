import { describe, expect, it } from 'vitest';
import { dollarSignCurrency, withDollarSign } from './dollar-sign.ts';
import { extractFigures } from './figures.ts';

const units = (text: string, local: string) => extractFigures(text).map((f) => withDollarSign(f, text, local).unit);

describe('the bare dollar sign of one article', () => {
  it("is the local dollar in a paper that marks US dollars and names its country's places", () => {
    const ca = ['Halifax port gets new cranes', 'The port in Halifax, Nova Scotia, will spend $40-million, Ottawa said, as Canadian exporters pay US$12-million more in fees.', 'Toronto shippers welcomed it.'];
    expect(dollarSignCurrency(ca)).toBe('CAD');
    expect(units(ca[1]!, 'CAD')).toEqual(['CAD', 'USD']);
    const au = ['The Perth miner, listed on the ASX, raised $300 million; its US partner put in $US50 million.'];
    expect(dollarSignCurrency(au)).toBe('AUD');
  });
  it('stays the US dollar without a marked US amount, with one mention of the country, or when the amount says (U.S.)', () => {
    expect(dollarSignCurrency(['A Toronto start-up raised $40 million from Canadian investors.'])).toBe('USD');
    expect(dollarSignCurrency(['The chipmaker, which sells US$2 billion a year, opened an office in Toronto.'])).toBe('USD');
    const text = 'Shares lost $600-billion (U.S.) in a day, and the Toronto index fell.';
    expect(units(text, 'CAD')).toEqual(['USD']);
  });
});
