/**
 * Fills `{name}` placeholders of a message; unknown ones are left as they
 * are. Only the values' own properties count, so an override with
 * `{constructor}` or `{__proto__}` shows as written.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
