// What must catch each broken fixture of tests/a11y/broken.fixtures.ts (the start of a problem the matrix reports).
export const expectations = {
  'nameless-control': 'axe button-name',
  'text-at-4-to-1': 'axe color-contrast:',
  'text-at-5-to-1': 'axe color-contrast-enhanced',
  'clipped-at-320': 'clipped:',
  'wider-than-320': 'horizontal scroll',
  'no-focus-ring': 'focus:',
  'small-target': 'target',
  'keyboard-trap': 'keyboard trap',
  'late-live-region': 'live region created with its message',
  'missing-data': '404 for',
};
