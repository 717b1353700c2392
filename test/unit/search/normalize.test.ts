import { describe, expect, it } from 'vitest';
import { keyWords, searchFold } from '../../../lib/search/normalize';

describe('searchFold', () => {
  it('lower-cases and strips Latin diacritics', () => {
    expect(searchFold('Zelenský')).toBe('zelensky');
    expect(searchFold('ŁÓDŹ Straße')).toBe('lodz strasse');
    expect(searchFold('Émmanuel MACRON')).toBe('emmanuel macron');
    expect(searchFold('Çağlar Søren Æsir')).toBe('caglar soren aesir');
  });

  it('keeps Cyrillic letters, only lower-cased', () => {
    expect(searchFold('Рустем Умєров')).toBe('рустем умєров');
    expect(searchFold('ЇЖАК Ґанок Йосип Іван')).toBe('їжак ґанок йосип іван');
    expect(searchFold('Ёлка')).toBe('ёлка');
    // Decomposed input composes first, so й stays й.
    expect(searchFold('Андрии\u0306')).toBe('андрий');
  });

  it('drops stress accents placed on Cyrillic vowels', () => {
    expect(searchFold('Куле\u0301ба')).toBe('кулеба');
  });

  it('folds apostrophes and dots inside words, and treats dashes and other punctuation as spaces', () => {
    expect(searchFold("Ukraine's")).toBe('ukraines');
    expect(searchFold('Ukraine’s Defense Forces')).toBe('ukraines defense forces');
    expect(searchFold('Мар’яна Ком\'яхова')).toBe('маряна комяхова');
    expect(searchFold('U.K.')).toBe('uk');
    expect(searchFold('EU–NATO-Ukraine  meeting')).toBe('eu nato ukraine meeting');
    expect(searchFold('  (Kyiv) / Київ  ')).toBe('kyiv київ');
    expect(searchFold('Rhein\u00ADmetall')).toBe('rheinmetall');
  });

  it('gives an empty key for text without letters or digits', () => {
    expect(searchFold('')).toBe('');
    expect(searchFold(' - ’ ')).toBe('');
    expect(keyWords('')).toEqual([]);
    expect(keyWords('dmytro kuleba')).toEqual(['dmytro', 'kuleba']);
  });

  it('folds full-width and compatibility forms', () => {
    expect(searchFold('ＮＡＴＯ')).toBe('nato');
    expect(searchFold('ﬁnance')).toBe('finance');
  });
});
