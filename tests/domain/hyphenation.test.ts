import { describe, expect, it } from 'vitest';
import { breakText, guessLanguage, patternSetOf, patternSetsFor } from '../../src/domain/hyphenation';

describe('guessLanguage', () => {
  it('reads German from its own letters, for the whole workshop', () => {
    expect(guessLanguage(['Öffentlichkeitsarbeit', 'Unternehmenskommunikation'])).toBe('de');
  });

  it('reads French and Spanish from theirs, and the most used wins', () => {
    expect(guessLanguage(['Relations presse', 'Service à la clientèle'])).toBe('fr');
    expect(guessLanguage(['Atención al cliente', 'Señalización', 'Café'])).toBe('es');
  });

  it('is English when no name uses another language’s own letters (é is French and Spanish alike)', () => {
    expect(guessLanguage(['Public Relations', 'Customer Service'])).toBe('en');
    expect(guessLanguage(['Café team'])).toBe('en');
    expect(guessLanguage([])).toBe('en');
  });
});

describe('patternSetOf', () => {
  it('follows the script first, then the workshop’s language for Latin words', () => {
    expect(patternSetOf('Πελατών', 'de')).toBe('el-monoton');
    expect(patternSetOf('технологии', 'en')).toBe('ru');
    expect(patternSetOf('Öffentlichkeitsarbeit', 'de')).toBe('de');
    expect(patternSetOf('Marketing', 'en')).toBe('en-us');
    expect(patternSetOf('Clientèle', 'fr')).toBe('fr');
  });

  it('lists the sets a set of texts needs, each once', () => {
    expect(patternSetsFor(['Εξυπηρέτηση Πελατών', 'Служба', 'Recht und Öffentlichkeit'], 'de')).toEqual(['de', 'el-monoton', 'ru']);
  });
});

describe('breakText', () => {
  const syllables = (word: string) => ({ Kundendienst: ['Kun', 'den', 'dienst'], planen: ['pla', 'nen'] })[word] ?? [word];

  it('gives each breakable word its syllables and keeps everything else as typed', () => {
    expect(breakText('Kundendienst (neu) planen!', syllables)).toEqual([['Kun', 'den', 'dienst'], ' (neu) ', ['pla', 'nen'], '!']);
  });

  it('leaves a text with no breakable word whole', () => {
    expect(breakText('IT & HR 2026', syllables)).toEqual(['IT & HR 2026']);
    expect(breakText('', syllables)).toEqual([]);
  });
});
