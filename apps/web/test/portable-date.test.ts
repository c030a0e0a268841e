import { describe, expect, it } from 'vitest';
import { formatPortable } from '../src/lib/portable-date';

const moment = '2026-12-03T12:28:36Z'; // 17:28:36 in Dushanbe (UTC+5)

describe('formatPortable', () => {
  it('writes Russian dates in words, in Dushanbe time', () => {
    expect(formatPortable(moment, 'ru', 'dateTime')).toBe('3 декабря 2026 г. в 17:28');
    expect(formatPortable(moment, 'ru', 'time')).toBe('17:28:36');
  });

  it('writes Tajik dates in the numeric form every browser formats alike', () => {
    expect(formatPortable(moment, 'tg', 'dateTime')).toBe('03.12.2026, 17:28');
    expect(formatPortable(new Date(moment), 'tg', 'time')).toBe('17:28:36');
  });
});
