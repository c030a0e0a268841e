import { describe, expect, it } from 'vitest';
import { spamFingerprint, spamKey } from './text-fold.js';

describe('spamKey: the text the spam rules compare', () => {
  const base = 'Покрасить забор на даче, 20 метров.';
  it.each([
    ['case', 'ПОКРАСИТЬ забор НА даче, 20 метров.'],
    ['punctuation', 'Покрасить — забор на даче!!! 20 метров'],
    ['a trailing full stop dropped', 'Покрасить забор на даче, 20 метров'],
    ['whitespace and NBSP', 'Покрасить\u00a0\u00a0забор\tна\nдаче,\u202f20 метров.'],
    ['zero-width, soft hyphen, BOM and bidi marks', '\ufeffПо\u200bкра\u00adсить за\u200dбор\u200e на\u2060 да\u202eче, 20 метров.'],
    ['Latin look-alikes', 'Пoкpacить зaбop нa дaчe, 20 мeтpoв.'],
    ['upper-case Latin look-alikes', 'ПОКРАСИТЬ ЗАБОР НА ДАЧЕ, 20 METPOB.'],
    ['full-width forms (NFKC)', 'Покрасить забор на даче， ２０ метров．'],
    ['combining marks', 'Покра\u0301сить забор на даче, 20 метров.'],
    ['ё for е and Tajik letters', 'Покрасить забор на даче, 20 мётров.'],
  ])('folds %s onto the same key', (_, variant) => {
    expect(spamKey(variant)).toBe(spamKey(base));
    expect(spamFingerprint(variant)).toBe(spamFingerprint(base));
  });

  it('keeps genuinely different texts apart', () => {
    expect(spamKey('Покрасить забор на даче, 20 метров.')).not.toBe(spamKey('Покрасить забор на даче, 30 метров.'));
    expect(spamKey('Покрасить забор')).not.toBe(spamKey('Покрасить забор на даче'));
    expect(spamKey('🔧🔧🔧')).not.toBe(spamKey('🚗🚗🚗'));
  });

  it('keeps the parts of a fingerprint apart', () => {
    expect(spamFingerprint('Покрасить забор', 'на даче')).not.toBe(spamFingerprint('Покрасить', 'забор на даче'));
  });
});
