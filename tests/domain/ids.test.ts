import { describe, expect, it } from 'vitest';
import { idAllocator, slugify, uniqueId } from '../../src/domain/ids';

describe('ids', () => {
  it('are readable slugs without accents', () => {
    expect(slugify('Public Relations & Presse')).toBe('public-relations-presse');
    expect(slugify('Équipe Sécurité')).toBe('equipe-securite');
  });

  it('keep non-Latin letters and never come out empty', () => {
    expect(slugify('Маркетинг')).toBe('маркетинг');
    expect(slugify('!!!')).toBe('item');
  });

  it('get a numeric suffix when taken', () => {
    expect(uniqueId('Legal', ['legal', 'legal-2'])).toBe('legal-3');
    expect(uniqueId('Legal', [])).toBe('legal');
  });

  it('are handed out one after another without repeating, for building many items at once', () => {
    const next = idAllocator(['post']);
    expect(['Post', 'Post', 'Reply', 'post'].map(next)).toEqual(['post-2', 'post-3', 'reply', 'post-4']);
  });
});
