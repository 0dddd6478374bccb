// The adviser page: reads the code typed, says what it means, or, when it
// was misheard, the valid codes one symbol away. Everything happens in this
// page: the code is not sent anywhere.
//
// relais.js loads the decoding table and its texts on first use, so its
// decodeHelpCode(), describeHelpCode() and helpCodeTexts() return Promises.
// The form's own submit (a reload with ?code=…, read below) works until then.
import { decodeHelpCode, describeHelpCode, helpCodeTexts } from '/relais/relais.js';

// The texts of the page's language (the `code.*` messages of @relais/sdk).
const locale = document.documentElement.lang === 'en' ? 'en' : 'fr';
const texts = helpCodeTexts(locale);
const colon = locale === 'fr' ? '\u00a0: ' : ': ';

const form = document.getElementById('lire');
const field = document.getElementById('code');
const output = document.getElementById('lecture');

function paragraph(text, className) {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

/** One line: the code, then what it means. */
async function line(decoded, said) {
  const item = document.createElement('li');
  const code = document.createElement('strong');
  code.className = 'code';
  code.textContent = decoded.code;
  item.append(code, `${colon}${await describeHelpCode(decoded, locale, said)}`);
  return item;
}

/** What `input` means, as the nodes to show. */
async function reading(input) {
  const [decoded, said] = await Promise.all([decodeHelpCode(input), texts]);
  if (decoded.valid) return [paragraph(`${decoded.code}${colon}${await describeHelpCode(decoded, locale, said)}`, 'ok')];
  const parts = [paragraph(said['code.misread'], 'misread')];
  const near = decoded.suggestions ?? [];
  if (near.length) {
    const list = document.createElement('ul');
    list.className = 'near';
    list.append(...(await Promise.all(near.map((d) => line(d, said)))));
    parts.push(paragraph(said['code.nearest']), list);
  } else parts.push(paragraph(said['code.noNearest']));
  parts.push(paragraph(said['code.askAgain']));
  return parts;
}

// Only the last code typed is shown, whatever the order the answers come in.
let latest = 0;
async function show(input) {
  const asked = ++latest;
  const parts = input.trim() ? await reading(input) : [paragraph((await texts)['code.askCode'])];
  if (asked === latest) output.replaceChildren(...parts);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!field.value.trim()) field.focus();
  show(field.value).catch((error) => console.error('[relais] the code could not be read', error));
});

// A link to this page with ?code=2A-28 reads that code at once.
const asked = new URLSearchParams(location.search).get('code');
if (asked) {
  field.value = asked;
  void show(asked);
}
