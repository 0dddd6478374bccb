/**
 * The registry guard: defines a custom element once, even when Relais is
 * loaded twice on a page (a script tag and an npm build, say). The second
 * definition is skipped with one console warning per page.
 */

const warned = new Set<string>();

/** The one warning that tells integrators Relais was loaded twice. */
export function duplicateWarning(tag: string): string {
  return `[relais] <${tag}> is already defined: Relais seems to be loaded twice on this page (a script tag and a bundled copy?). The first definition is kept. Load Relais once.`;
}

/**
 * Defines `tag` unless it is already defined. Returns the class in the
 * registry (the first one defined). Never throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element && !warned.has('relais')) {
      warned.add('relais');
      console.warn(duplicateWarning(tag));
    }
    return existing;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    console.warn(`[relais] <${tag}> could not be defined: ${(error as Error).message}`);
  }
  return customElements.get(tag);
}
