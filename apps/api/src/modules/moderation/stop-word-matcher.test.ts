import { describe, expect, it } from 'vitest';
import { findStopWords } from './stop-word-matcher.js';
import { normaliseStopWord } from './text-fold.js';

describe('findStopWords', () => {
  const list = ['спам', 'перевод на карту', 'чевон', 'еж'].map(normaliseStopWord);

  it('matches whole folded words and phrases, whatever the case, punctuation or Tajik letters', () => {
    expect(findStopWords('СПАМ!', list)).toEqual(['спам']);
    expect(findStopWords('Нужен ҷевон', list)).toEqual(['чевон']);
    expect(findStopWords('Сделайте перевод\nна   карту.', list)).toEqual(['перевод на карту']);
    expect(findStopWords('ёж в тумане', list)).toEqual(['еж']);
  });

  it('does not match inside a longer word or a phrase with a word between', () => {
    expect(findStopWords('спамеры и антиспам', list)).toEqual([]);
    expect(findStopWords('перевод денег на карту', list)).toEqual([]);
    expect(findStopWords('', list)).toEqual([]);
  });

  it('answers each word once, in list order', () => {
    expect(findStopWords('ҷевон спам чевон спам', list)).toEqual(['спам', 'чевон']);
  });
});
