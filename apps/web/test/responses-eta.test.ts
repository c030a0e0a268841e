import { describe, expect, it } from 'vitest';
import { diramOf, etaDisplayOf, etaFieldsOf, etaMinutesOf } from '../src/lib/responses-eta';
import { filterOfTab, tabOf } from '../src/lib/responses-tabs';

describe('response estimate and price as people type them', () => {
  it('turns hours and days into the minutes the API counts, refusing what it would refuse', () => {
    expect(etaMinutesOf('3', 'hours')).toBe(180);
    expect(etaMinutesOf('1,5', 'hours')).toBe(90);
    expect(etaMinutesOf('2', 'days')).toBe(2880);
    expect(etaMinutesOf('0', 'hours')).toBeNull();
    expect(etaMinutesOf('abc', 'days')).toBeNull();
    expect(etaMinutesOf('91', 'days')).toBeNull();
  });

  it('shows an estimate in the largest whole unit, and fills the edit form the same way', () => {
    expect(etaDisplayOf(2880)).toEqual({ unit: 'days', count: 2 });
    expect(etaDisplayOf(180)).toEqual({ unit: 'hours', count: 3 });
    expect(etaDisplayOf(90)).toEqual({ unit: 'hours', count: 1.5 });
    expect(etaDisplayOf(45)).toEqual({ unit: 'minutes', count: 45 });
    expect(etaFieldsOf(2880)).toEqual({ amount: '2', unit: 'days' });
    expect(etaFieldsOf(90)).toEqual({ amount: '1.5', unit: 'hours' });
  });

  it('reads somoni with a comma or spaces as diram', () => {
    expect(diramOf('150')).toBe(15_000);
    expect(diramOf('150,50')).toBe(15_050);
    expect(diramOf('1 500')).toBe(150_000);
    expect(diramOf('-5')).toBeNull();
    expect(diramOf('')).toBeNull();
  });
});

describe('my responses tabs', () => {
  it('maps each tab to the API filter and anything unknown to all', () => {
    expect(filterOfTab('active')).toEqual({ outcome: 'selected', taskStatus: 'in_progress' });
    expect(filterOfTab('completed')).toEqual({ outcome: 'selected', taskStatus: 'completed' });
    expect(filterOfTab('all')).toEqual({});
    expect(tabOf('not_chosen')).toBe('not_chosen');
    expect(tabOf('drop table')).toBe('all');
    expect(tabOf(['pending', 'active'])).toBe('all');
  });
});
