/**
 * Ids are readable slugs ("customer-service") so saved files stay legible and diff well;
 * a numeric suffix keeps them unique.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug === '' ? 'item' : slug;
}

export function uniqueId(text: string, taken: Iterable<string>): string {
  return idAllocator(taken)(text);
}

/** Hands out unique ids one after another, for building many items at once without rescanning them all. */
export function idAllocator(taken: Iterable<string> = []): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const base = slugify(text);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
