/**
 * Docs pages read the packages' READMEs, so that what a designer reads in
 * Storybook and what an integrator reads on npm are one text.
 */

/** The part of `markdown` under the heading `heading` (e.g. "## Accessibility"), up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`No "${heading}" section in the README.`);
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  // Sub-headings become one level deeper than the page's own "##" headings.
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .map((line) => (/^#+ /.test(line) ? `#${line.slice(level - 2)}` : line))
    .join('\n')
    .trim();
}

/** Of a section's top-level bullets, those about `tag` and those about no element in particular. */
export function aboutElement(text: string, tag: string): string {
  const bullets = text.split(/\n(?=- )/);
  return bullets.filter((b) => !/^- \*\*`<relais-[a-z-]+>`/.test(b) || b.startsWith(`- **\`<${tag}>\``)).join('\n');
}
