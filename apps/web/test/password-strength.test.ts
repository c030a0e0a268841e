import { describe, expect, it } from 'vitest';
import { acceptedScore, filledBars, loadPasswordScorer, strengthLevel } from '../src/lib/password-strength';

describe('strengthLevel', () => {
  it('should put the length rule before any score', () => {
    expect(strengthLevel('', null)).toBe('empty');
    expect(strengthLevel('Kuhi-Va', 4)).toBe('short');
    expect(strengthLevel('Kuhi-Varzob', null)).toBe('short');
  });

  it('should call a score the API refuses weak or fair, and one it accepts good or strong', () => {
    expect([0, 1, 2, 3, 4].map((score) => strengthLevel('long enough', score))).toEqual(['weak', 'weak', 'fair', 'good', 'strong']);
    expect(filledBars('fair')).toBeLessThan(filledBars('good'));
  });
});

describe('loadPasswordScorer', () => {
  it('should score the passwords the API refuses below the accepted score, and a passphrase above', async () => {
    const score = await loadPasswordScorer();
    expect(await loadPasswordScorer()).toBe(score);
    for (const password of ['password123', 'Password123', 'Qwerty123!', '12345678a', 'dastiyor123']) {
      expect(score(password, []), password).toBeLessThan(acceptedScore);
    }
    expect(score('farida.k@example.tj', ['farida.k@example.tj'])).toBeLessThan(acceptedScore);
    expect(score('Kuhi-Varzob-2026', [])).toBeGreaterThanOrEqual(acceptedScore);
  });
});
