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
  const used = new Set(taken);
  const base = slugify(text);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
