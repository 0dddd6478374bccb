// A small Chrome DevTools Protocol client: one WebSocket to the browser, one
// flat session on the page. The runner uses it to open each scenario page, to
// wait until the page is ready, and to ask which element has focus and what
// Chromium's accessibility tree says about it. Keys never go through it: they
// are real key events (xdotool), which Orca hears as it would from a person.
import WebSocket from 'ws';

export class Cdp {
  /** @param {string} url the browser's webSocketDebuggerUrl */
  static async connect(url) {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new Cdp(ws);
  }

  constructor(ws) {
    this.ws = ws;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.id && this.pending.has(message.id)) {
        const { resolve, reject, method } = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      } else if (message.method) {
        for (const listener of [...this.listeners]) listener(message);
      }
    });
    ws.on('close', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`${method}: the browser closed the connection`));
      this.pending.clear();
    });
  }

  /** Sends a command (on the page's session when `sessionId` is given). */
  send(method, params = {}, sessionId = undefined, timeout = 15_000) {
    const id = this.nextId++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from the browser in ${timeout} ms`));
      }, timeout);
      this.pending.set(id, {
        method,
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.ws.send(JSON.stringify(message));
    });
  }

  /** Resolves with the first event `method` (of the session) for which `test` holds. */
  once(method, sessionId, test = () => true, timeout = 15_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${method} event in ${timeout} ms`));
      }, timeout);
      const listener = (message) => {
        if (message.method !== method || (sessionId && message.sessionId !== sessionId) || !test(message.params)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(message.params);
      };
      this.listeners.add(listener);
    });
  }

  on(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close() {
    this.ws.close();
  }
}

/** The page target's session, with what the runner needs from it. */
export class Page {
  static async attach(cdp) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'page');
    if (!target) throw new Error('Chromium has no page');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
    const page = new Page(cdp, sessionId);
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    return page;
  }

  constructor(cdp, sessionId) {
    this.cdp = cdp;
    this.sessionId = sessionId;
    /** Errors the page logged or threw since the last navigation. */
    this.errors = [];
    cdp.on((message) => {
      if (message.sessionId !== sessionId) return;
      if (message.method === 'Runtime.exceptionThrown') {
        const d = message.params.exceptionDetails;
        this.errors.push(d.exception?.description ?? d.text);
      } else if (message.method === 'Runtime.consoleAPICalled' && message.params.type === 'error') {
        this.errors.push(message.params.args.map((a) => a.value ?? a.description ?? '').join(' '));
      }
    });
  }

  send(method, params = {}, timeout = undefined) {
    return this.cdp.send(method, params, this.sessionId, timeout);
  }

  /** Opens `url` and resolves once its load event has fired. */
  async goto(url, timeout = 20_000) {
    this.errors = [];
    const loaded = this.cdp.once('Page.loadEventFired', this.sessionId, () => true, timeout);
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`cannot open ${url}: ${errorText}`);
    await loaded;
  }

  /** Evaluates `expression` in the page (promises awaited) and returns its value. */
  async evaluate(expression, timeout = 15_000) {
    const { result, exceptionDetails } = await this.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true, userGesture: false },
      timeout,
    );
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  /**
   * The focused element, through shadow roots: how the DOM names it
   * (`relais-help › button.trigger`) and what Chromium's accessibility tree
   * exposes for it (role, name, description, states).
   */
  async focused() {
    const { result } = await this.send('Runtime.evaluate', { expression: FOCUSED, returnByValue: false });
    if (!result.objectId) return { dom: '(none)', ax: '' };
    const { result: dom } = await this.send('Runtime.callFunctionOn', {
      objectId: result.objectId,
      functionDeclaration: DESCRIBE,
      returnByValue: true,
    });
    let ax;
    try {
      const { nodes } = await this.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
      ax = describeAx(nodes.find((n) => !n.ignored) ?? nodes[0]);
    } catch {
      ax = '(no accessibility node)';
    }
    await this.send('Runtime.releaseObject', { objectId: result.objectId }).catch(() => {});
    return { dom: dom.value, ax };
  }
}

const FOCUSED = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== document.body ? el : null;
})()`;

const DESCRIBE = `function () {
  const path = [];
  let node = this;
  while (node) {
    let part = node.localName;
    if (node.id && !/^relais-|\\d/.test(node.id)) part += '#' + node.id;
    else if (node.classList && node.classList.length) part += '.' + [...node.classList].join('.');
    path.unshift(part);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return path.join(' › ');
}`;

/** Chromium's accessibility node, in one line: role « name » (description) states. */
export function describeAx(node) {
  if (!node) return '';
  const value = (v) => (v && 'value' in v ? v.value : undefined);
  const parts = [value(node.role) ?? '?'];
  const name = value(node.name);
  if (name) parts.push(`« ${String(name).replace(/\s+/g, ' ').trim()} »`);
  const description = value(node.description);
  if (description) parts.push(`(description: ${String(description).replace(/\s+/g, ' ').trim()})`);
  for (const p of node.properties ?? []) {
    if (
      ['focusable', 'focused', 'editable', 'settable', 'readonly', 'multiline', 'url', 'hiddenRoot', 'describedby', 'labelledby', 'controls'].includes(p.name)
    )
      continue;
    const v = value(p.value);
    if (v === false || v === undefined || v === 'false') continue;
    parts.push(v === true || v === 'true' ? p.name : `${p.name}=${v}`);
  }
  return parts.join(' ');
}
