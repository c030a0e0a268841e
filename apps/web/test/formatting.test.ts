import { describe, expect, it } from 'vitest';
import { formatSomoni } from '../src/lib/money';
import { relativeTimeParts } from '../src/lib/relative-time';

describe('relativeTimeParts', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const ago = (ms: number) => relativeTimeParts(new Date(now.getTime() - ms), now);

  it('says "just now" for the first minute and for clocks slightly ahead', () => {
    expect(ago(59_000)).toEqual({ unit: 'justNow', count: 0 });
    expect(ago(-5_000)).toEqual({ unit: 'justNow', count: 0 });
  });

  it('counts whole minutes, hours, days, months and years', () => {
    expect(ago(5 * 60_000 + 30_000)).toEqual({ unit: 'minutes', count: 5 });
    expect(ago(3 * 3_600_000)).toEqual({ unit: 'hours', count: 3 });
    expect(ago(2 * 86_400_000)).toEqual({ unit: 'days', count: 2 });
    expect(ago(65 * 86_400_000)).toEqual({ unit: 'months', count: 2 });
    expect(ago(800 * 86_400_000)).toEqual({ unit: 'years', count: 2 });
  });
});

describe('formatSomoni', () => {
  it('turns diram into somoni, without decimals for whole amounts', () => {
    expect(formatSomoni(15_000, 'ru')).toBe('150');
    expect(formatSomoni(150_050, 'ru').replace(/\s/g, ' ')).toBe('1 500,50');
  });

  it('groups thousands for Tajik as well', () => {
    expect(formatSomoni(12_345_600, 'tg').replace(/\s/g, ' ')).toBe('123 456');
  });
});
