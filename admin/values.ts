/** Decap's field values (strings, lists, maps) and what counts as empty among them. */

/** True for an absent value, blank text and an empty list or map. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  const size: unknown = typeof value === 'object' ? Reflect.get(value, 'size') : undefined;
  return typeof size === 'number' && size === 0;
}
