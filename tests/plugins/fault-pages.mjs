// Pages for the fault and CSP browser tests (tests/faults/*.browser.test.ts),
// served by the test runner itself, each loaded in an iframe (a fresh page:
// its own custom-element registry, its own copy of the bundle):
//
//   /fault-page/page.html   a procedure page: a host form with <relais-help>
//                           (its tel:3400 fallback inside), <relais-steps>,
//                           <relais-term>, <relais-explainer>, loading the
//                           built bundle; query:
//     csp=…                 sent as the Content-Security-Policy header
//     fault=a,b             faults the setup script injects before Relais runs
//                           (see setup.js below)
//     bundle=URL            the bundle's relais.js (repeat it for two copies;
//                           default /relais/relais.js)
//     points=URL            adds a <relais-help-points points-src=URL>
//     nofallback=1          the broken control: <relais-help> without its fallback link
//   /fault-page/setup.js    the classic script the page runs first: records
//                           console.warn/error, uncaught errors, rejections and
//                           CSP violations in window.__relais, and injects the faults
//   /fault-page/submitted   where the host form goes (method GET: the data is in the URL)
//   /fault-page/points?kind=404|500|truncated|html|shape   a broken points file
//   /relais-copy/…          the bundle again, at another URL (a second copy of Relais)
//   /relais-slow/…          the bundle again, its files after relais.js 400 ms late (so that a
//                           second copy's loader runs before this one has defined anything)
//   /relais-block/FILE/…    the bundle, with FILE answering 404 (a lazy chunk that fails)

const dist = '/packages/relais/dist/';

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(params) {
  const faults = params.get('fault') ?? '';
  const bundles = params.getAll('bundle');
  const points = params.get('points');
  const fallback = params.get('nofallback') ? 'Aide' : `<a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Démarche (page de test)</title>
<script src="/fault-page/setup.js?fault=${escape(encodeURIComponent(faults))}"></script>
${(bundles.length ? bundles : ['/relais/relais.js']).map((b) => `<script type="module" src="${escape(b)}"></script>`).join('\n')}
</head>
<body>
<main>
<h1>Changement de titulaire</h1>
<p>La <relais-term term="certificat-immatriculation">carte grise</relais-term> à votre nom.</p>
<relais-steps for="demarche" procedure="ants/carte-grise/changement-titulaire"><p>La démarche se fait en 4 étapes.</p></relais-steps>
<form id="demarche" action="/fault-page/submitted" method="get">
<relais-help procedure="ants/carte-grise/changement-titulaire">${fallback}</relais-help>
<fieldset data-relais-step="vehicule">
<legend>Votre véhicule</legend>
<label for="immatriculation">Numéro d'immatriculation</label>
<input id="immatriculation" name="immatriculation" value="AB-123-CD">
<relais-explainer for="immatriculation" topic="numero-immatriculation"></relais-explainer>
<label><input type="checkbox" name="cession" value="oui" checked> Déclaration de cession faite</label>
</fieldset>
<button type="submit" name="etape" value="suivante">Continuer</button>
</form>
${points ? `<relais-help-points points-src="${escape(points)}"><a href="tel:3400">Appelez le 34 00</a></relais-help-points>` : ''}
</main>
</body>
</html>`;
}

// Runs first, as a classic script (allowed by script-src 'self').
const setup = `(() => {
  const faults = new URL(document.currentScript.src).searchParams.get('fault').split(',').filter(Boolean);
  const record = (window.__relais = { messages: [], errors: [], violations: [] });
  const text = (args) => args.map((a) => (a instanceof Error ? a.name + ': ' + a.message : String(a))).join(' ');
  for (const level of ['warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      record.messages.push({ level, text: text(args) });
      original(...args);
    };
  }
  addEventListener('error', (e) => record.errors.push('uncaught: ' + e.message));
  addEventListener('unhandledrejection', (e) => record.errors.push('unhandled rejection: ' + text([e.reason])));
  document.addEventListener('securitypolicyviolation', (e) => record.violations.push(e.violatedDirective + ' ' + (e.sample || '')), true);
  const stepsKey = 'relais:steps:v1:ants/carte-grise/changement-titulaire';
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {}
  if (faults.includes('corrupt')) {
    localStorage.setItem(stepsKey, '{"v":1,"at":');
    sessionStorage.setItem('relais-easy:' + location.pathname, '{oops');
  }
  // How often Relais met the fault (a fault never met proves nothing).
  record.met = 0;
  if (faults.includes('storage-throws')) {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { configurable: true, get() { record.met++; throw new DOMException('The document is sandboxed', 'SecurityError'); } });
    }
  }
  if (faults.includes('storage-full')) {
    Storage.prototype.setItem = function () { record.met++; throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  }
  if (faults.includes('no-speech')) {
    for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
      Object.defineProperty(window, name, { configurable: true, value: undefined });
    }
  }
})();
`;

const brokenPoints = {
  404: { status: 404, type: 'text/plain', body: 'Not found' },
  500: { status: 500, type: 'text/plain', body: 'Internal Server Error' },
  truncated: { status: 200, type: 'application/json', body: '{"format":"relais-points","version":1,"count":2,"points":[{"id":"t-1","name":"Lieu' },
  html: { status: 200, type: 'text/html', body: '<!doctype html><html><body><h1>Bienvenue</h1></body></html>' },
  shape: { status: 200, type: 'application/json', body: '{"type":"FeatureCollection","features":[]}' },
};

export function faultPages() {
  return async (context, next) => {
    const path = context.path;
    if (path === '/fault-page/page.html') {
      const csp = context.URL.searchParams.get('csp');
      if (csp) context.set('Content-Security-Policy', csp);
      context.type = 'html';
      context.body = page(context.URL.searchParams);
      return undefined;
    }
    if (path === '/fault-page/setup.js') {
      context.type = 'js';
      context.body = setup;
      return undefined;
    }
    if (path === '/fault-page/submitted') {
      context.type = 'html';
      context.body = '<!doctype html><html lang="fr"><title>Envoyé</title><p>Demande envoyée.</p></html>';
      return undefined;
    }
    if (path === '/fault-page/points') {
      const answer = brokenPoints[context.URL.searchParams.get('kind')] ?? brokenPoints[404];
      context.status = answer.status;
      context.type = answer.type;
      context.body = answer.body;
      return undefined;
    }
    if (path.startsWith('/relais-slow/')) {
      const file = context.url.slice('/relais-slow/'.length);
      if (!file.startsWith('relais.js')) await new Promise((resolve) => setTimeout(resolve, 400));
      context.url = `${dist}${file}`;
      return next();
    }
    if (path.startsWith('/relais-copy/')) {
      context.url = `${dist}${context.url.slice('/relais-copy/'.length)}`;
      return next();
    }
    const blocked = /^\/relais-block\/([^/]+)\/(.*)$/.exec(context.url);
    if (blocked) {
      if (blocked[2].split('?')[0] === blocked[1]) {
        context.status = 404;
        context.body = 'blocked (test)';
        return undefined;
      }
      context.url = `${dist}${blocked[2]}`;
      return next();
    }
    return next();
  };
}
