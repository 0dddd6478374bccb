// Which RGAA 4.1.2 criteria apply to each element, and what covers each: a
// test (a file and words that must stand in it: a test's title, or the
// problem a matrix check reports) or a human check (said as such, with what
// to look at). docs/rgaa.md is generated from this, the criteria file
// (../shared/data/rgaa-4.1.2-criteres.json) and the tests themselves
// (scripts/rgaa-doc.mjs); tests/rgaa.test.ts fails when an applicable
// criterion has neither, or when a named test is not where it says.

const matrix = (what, check) => ({ file: 'tests/a11y/matrix.mjs', title: check, what });
const page = (what, check) => ({ file: 'tests/a11y/page.ts', title: check, what });
const human = (what) => ({ human: what });

/** What the matrix checks in every cell, for every element. */
const everywhere = {
  3.2: page('axe color-contrast and color-contrast-enhanced (7:1) in every cell', "rules['color-contrast-enhanced']"),
  3.3: human('Contrast of boundaries and icons (3:1): axe does not measure non-text contrast; check each state against its neighbours.'),
  7.1: page('axe (names, roles, ARIA) in every cell, shadow roots included', "const axeTags = ['wcag2a'"),
  7.3: matrix('every Tab stop is reached and left by keyboard', 'keyboard trap: Tab never left the cell'),
  8.7: human('A change of language inside an element is marked: check the English fixtures read with an English voice (Orca).'),
  10.4: matrix('1280 px at 200 % text (Page.setFontSizes): nothing clipped, no horizontal scroll', "name: '1280px-200%text'"),
  10.7: matrix('focus indicator of 3:1 on every Tab stop (screenshots focused and unfocused)', 'focus: no visible indicator of 3:1'),
  10.11: page('320 px and 400 % zoom: no horizontal scroll, each text box inside the viewport', 'horizontal scroll: the page is'),
  10.12: page('text-spacing overrides in the page and every shadow root: nothing clipped', 'clipped: '),
  12.8: human('The Tab order follows the reading order: the matrix walks it; a person checks it makes sense.'),
  12.9: matrix('no keyboard trap (Escape allowed once from a modal dialog)', 'keyboard trap: Tab never left the cell'),
};

/** Criteria that apply to elements that show content on activation in the top layer or change the page. */
const topLayer = {
  10.13: matrix('top-layer content persists 1 s, stays when the pointer moves onto it, closes with Escape', 'top-layer content did not persist for 1 s'),
};
const status = {
  7.5: page('messages are written into live regions that existed before them', 'live region created with its message'),
};

export const coverage = {
  'relais-help': {
    ...everywhere,
    ...topLayer,
    ...status,

    1.2: human('Decorative icons (aria-hidden SVG): check that none carries information.'),
    3.1: human('Open / closed is said in words, not by colour alone: check the status line.'),
    6.1: { file: 'packages/help/test/help.browser.test.ts', title: 'has a phone link named "Appeler le 34 00"', what: 'link names say where they go' },
    6.2: { file: 'packages/help/test/help.browser.test.ts', title: 'shows configured channels as links', what: 'every link has a name' },
    7.4: {
      file: 'packages/help/test/help.browser.test.ts',
      title: 'Escape closes and puts focus back on the button',
      what: 'opening and closing happen only on the citizen’s action',
    },
    9.1: human('The panel heading levels fit the host page: check with the page’s own headings.'),
    12.6: { file: 'packages/help/test/help.browser.test.ts', title: 'opens a named region with its heading', what: 'the panel is a named region' },
    13.2: human('No new window: the channels open in the same window unless the integrator says otherwise; check the configured links.'),
  },
  'relais-help-points': {
    ...everywhere,
    ...status,
    6.1: { file: 'packages/help/test/help-points.browser.test.ts', title: 'shows each place with what the data says', what: 'each link names its place' },
    9.3: {
      file: 'packages/help/test/help-points.browser.test.ts',
      title: 'exposes a search landmark, a labelled field with its hint, and a list',
      what: 'results are a list',
    },
    11.1: {
      file: 'packages/help/test/help-points.browser.test.ts',
      title: 'reports a field without a label',
      what: 'the field has a label (control included)',
    },
    11.2: human('The label says what to type ("Code postal ou commune"): check the wording.'),
    '11.10': {
      file: 'packages/help/test/help-points.browser.test.ts',
      title: 'says what to do when the place is unknown',
      what: 'input errors are said, with what to do',
    },
    11.11: human('Error messages suggest a correction: check the wording of each.'),
    12.6: { file: 'packages/help/test/help-points.browser.test.ts', title: 'exposes a search landmark', what: 'the search is a landmark' },
    13.8: human('Nothing moves or blinks: check the busy state.'),
  },
  'relais-steps': {
    ...everywhere,
    ...status,
    3.1: { file: 'packages/steps/test/steps.browser.test.ts', title: 'writes each state in words', what: 'every state in words, not colour alone' },
    9.1: {
      file: 'packages/steps/test/steps.browser.test.ts',
      title: 'says where the citizen is in one phrase, as one heading of level 2',
      what: 'one heading, its level set by the host',
    },
    9.3: { file: 'packages/steps/test/steps.browser.test.ts', title: 'the list is an ol with one li p', what: 'the steps are an ordered list' },
    10.8: {
      file: 'packages/steps/test/steps.browser.test.ts',
      title: 'compact: one line while closed, and no empty list for screen readers',
      what: 'hidden content is hidden from everyone',
    },
    10.14: human('Content shown only with CSS (the progress bar) is hidden from assistive technology on purpose: the text says it.'),
    11.1: {
      file: 'packages/steps/test/steps.browser.test.ts',
      title: 'ticks with Space, and the tick shows in the accessibility tree',
      what: 'the checklist boxes are named',
    },
  },
  'relais-term': {
    ...everywhere,
    ...topLayer,
    ...status,
    6.1: {
      file: 'packages/explainer/test/term.browser.test.ts',
      title: '"En savoir plus" is a link in the same window, named for its word',
      what: 'the link says where it goes',
    },
    7.4: { file: 'packages/explainer/test/term.browser.test.ts', title: 'Escape closes without moving focus', what: 'opening moves no focus' },
    13.2: { file: 'packages/explainer/test/term.browser.test.ts', title: '"En savoir plus" is a link in the same window', what: 'no new window' },
    13.9: human('The explanation is readable in portrait and landscape: check on a phone.'),
  },
  'relais-explainer': {
    ...everywhere,
    ...status,
    1.1: { file: 'packages/explainer/test/explainer.browser.test.ts', title: 'a picture that says where to look', what: 'the picture has an alternative' },
    1.3: human('The picture’s alternative says where to look, not what the picture is made of: check each picture.'),
    7.1: {
      file: 'packages/explainer/test/explainer.browser.test.ts',
      title: 'is a collapsed button named for the field, controlling the panel',
      what: 'a disclosure with aria-expanded and aria-controls',
    },
    11.1: human('The field belongs to the host page; the explainer adds only a description: check the page’s own labels.'),
    '11.10': {
      file: 'packages/explainer/test/explainer.browser.test.ts',
      title: 'gains the one-sentence summary after its own hint and error',
      what: 'the field keeps its own hint and error, in order',
    },
    11.11: human('The explanation helps correct an error (where to find the value, an example): check the texts of each topic.'),
  },
};

/** Criteria that do not apply to any element, with why (the table lists them as such). */
export const notApplicable = {
  4: 'No time-based media.',
  5: 'No data tables.',
  2: 'No frames.',
};

/**
 * What makes a criterion apply: every element has the criteria of
 * `everyElement`; each feature an element has brings its own. The table above
 * must cover every criterion these give (tests/rgaa.test.ts).
 */
export const everyElement = ['3.2', '3.3', '7.1', '7.3', '8.7', '10.4', '10.7', '10.11', '10.12', '12.8', '12.9'];
export const featureCriteria = {
  'decorative icons': ['1.2'],
  'informative picture': ['1.1', '1.3'],
  links: ['6.1'],
  'links from config': ['6.2', '13.2'],
  'state shown': ['3.1'],
  'status messages': ['7.5'],
  'changes on activation': ['7.4'],
  headings: ['9.1'],
  lists: ['9.3'],
  'top-layer content': ['10.13'],
  'hidden content': ['10.8', '10.14'],
  'form field': ['11.1'],
  'field label text': ['11.2'],
  'input errors': ['11.10', '11.11'],
  landmark: ['12.6'],
  'busy state': ['13.8'],
  'new window risk': ['13.2'],
  'screen orientation': ['13.9'],
};
export const features = {
  'relais-help': [
    'decorative icons',
    'links',
    'links from config',
    'state shown',
    'status messages',
    'changes on activation',
    'headings',
    'top-layer content',
    'landmark',
  ],
  'relais-help-points': ['links', 'status messages', 'lists', 'form field', 'field label text', 'input errors', 'landmark', 'busy state'],
  'relais-steps': ['state shown', 'status messages', 'headings', 'lists', 'hidden content', 'form field'],
  'relais-term': ['links', 'status messages', 'changes on activation', 'top-layer content', 'new window risk', 'screen orientation'],
  'relais-explainer': ['informative picture', 'status messages', 'form field', 'input errors'],
};
