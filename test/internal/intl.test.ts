import { expect } from '@open-wc/testing';
import { formatIsoDate, formatList, formatNumber, formatPercent, gregorianUnlessAsked, pluralCategory } from '../../src/internal/intl.js';

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

describe('internal/intl: Thai dates are Gregorian unless the tag names a calendar', () => {
  it('th and th-TH: the year 2026, not the Buddhist 2569', () => {
    for (const tag of ['th', 'th-TH']) {
      const date = formatIsoDate('2026-05-01', tag);
      expect(date, tag).to.contain('2026');
      expect(date, tag).not.to.contain('2569');
      expect(date, tag).to.contain('พฤษภาคม');
    }
  });

  it('th-TH-u-ca-buddhist (and any other ca) keeps the calendar it asks for', () => {
    expect(formatIsoDate('2026-05-01', 'th-TH-u-ca-buddhist')).to.contain('2569');
    expect(formatIsoDate('2026-05-01', 'th-u-nu-thai-ca-buddhist')).to.contain('๒๕๖๙');
    // Another extension key alone still gets the Gregorian calendar, in Thai digits.
    expect(formatIsoDate('2026-05-01', 'th-u-nu-thai')).to.contain('๒๐๒๖');
  });

  it('adds the Gregorian calendar for Thai only', () => {
    expect(gregorianUnlessAsked('th')).to.equal('gregory');
    expect(gregorianUnlessAsked('th-TH-u-nu-thai')).to.equal('gregory');
    expect(gregorianUnlessAsked('th-TH-u-ca-buddhist')).to.equal(undefined);
    expect(gregorianUnlessAsked('the')).to.equal(undefined);
    expect(gregorianUnlessAsked('ar-SA')).to.equal(undefined);
    expect(gregorianUnlessAsked('en')).to.equal(undefined);
  });
});

describe('internal/intl: numbers and plural categories', () => {
  it('formats numbers in the locale and picks Intl’s plural category', () => {
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(formatNumber(1234.5, 'de')).to.equal('1.234,5');
    expect(formatNumber(7, '!!')).to.equal('7');
    expect(pluralCategory(1, 'en')).to.equal('one');
    expect(pluralCategory(0, 'fr')).to.equal('one');
    expect(pluralCategory(2, 'ar')).to.equal('two');
    expect(pluralCategory(11, 'ar')).to.equal('many');
    expect(pluralCategory(1, 'zh')).to.equal('other');
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
