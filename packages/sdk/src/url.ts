/** Links accept only these schemes, or a relative URL (DESIGN.md, principle 6). */
export function isSafeUrl(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return !trimmed.startsWith('//');
  return ['https', 'http', 'tel', 'mailto'].includes(scheme[1]!.toLowerCase());
}

/** Whether a picture URL is safe: https, http, relative, or an inline image. */
export function isPictureUrl(value: string): boolean {
  const trimmed = value.trim();
  if (/^data:image\/(?:svg\+xml|png|jpeg|gif|webp)[;,]/i.test(trimmed)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return trimmed !== '' && !trimmed.startsWith('//');
  return ['https', 'http'].includes(scheme[1]!.toLowerCase());
}
