import { expect } from '@open-wc/testing';
import { formatIsoDate, formatList, formatPercent } from '../../src/internal/intl.js';

describe('internal/intl: shared locale formatting', () => {
  it('formats the calendar date as written, in the long style of the locale', () => {
    expect(formatIsoDate('2026-05-01', 'en')).to.equal('May 1, 2026');
    expect(formatIsoDate('2026-05-01', 'de')).to.equal('1. Mai 2026');
    expect(formatIsoDate('2026-12-31T23:59:59+14:00', 'en-GB')).to.equal('31 December 2026');
    expect(formatIsoDate('2026-01-01T00:00:00-12:00', 'en-GB')).to.equal('1 January 2026');
  });

  it('falls back to English for an unreadable locale and returns non-dates unchanged', () => {
    expect(formatIsoDate('2026-05-01', '!!')).to.equal('May 1, 2026');
    expect(formatIsoDate('soon', 'en')).to.equal('soon');
  });

  it('formats percentages and lists in the locale', () => {
    expect(formatPercent(0.45, 'en')).to.equal('45%');
    expect(formatPercent(0.45, 'de')).to.match(/^45\s%$/u);
    expect(formatList(['a', 'b', 'c'], 'en')).to.equal('a, b, c');
    expect(formatPercent(0.5, '!!')).to.equal('50%');
  });
});

describe('internal: dates in the first century', () => {
  it('accepts and formats years 0000–0099 as written', async () => {
    const { isIsoDate } = await import('../../src/internal/content/validation.js');
    expect(isIsoDate('0079-08-24')).to.be.true;
    expect(isIsoDate('0000-01-01')).to.be.true;
    expect(isIsoDate('0079-02-30')).to.be.false;
    expect(formatIsoDate('0079-08-24', 'en')).to.equal('August 24, 79');
  });
});
