// A web test runner plugin: reads Chromium's own accessibility tree (the one
// screen readers get, shadow DOM included) through the DevTools protocol.
//
// Command `a11y-tree` { selector } → the subtree under the first element that
// matches `selector` (searched through open shadow roots), ignored nodes
// dropped, each node as { role, name, description?, value?, states, children }.

const pierceQuery = `(selector) => {
  const visit = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { const inner = visit(el.shadowRoot); if (inner) return inner; }
    }
    return null;
  };
  return visit(document);
}`;

const stateNames = [
  'expanded',
  'pressed',
  'checked',
  'selected',
  'disabled',
  'focused',
  'focusable',
  'modal',
  'level',
  'hidden',
  'invalid',
  'required',
  'live',
  'atomic',
  'roledescription',
  'hasPopup',
  'haspopup',
  'busy',
  'current',
];

function compact(nodesById, node) {
  const children = [];
  for (const id of node.childIds ?? []) {
    const child = nodesById.get(id);
    if (!child) continue;
    const c = compact(nodesById, child);
    if (child.ignored) children.push(...c.children);
    else children.push(c);
  }
  const states = {};
  for (const p of node.properties ?? []) {
    if (stateNames.includes(p.name)) states[p.name] = p.value?.value;
  }
  const out = { role: node.role?.value ?? '', name: node.name?.value ?? '' };
  if (node.description?.value) out.description = node.description.value;
  if (node.value?.value !== undefined && node.value.value !== '') out.value = node.value.value;
  out.states = states;
  out.children = children;
  return out;
}

export function a11yTreePlugin() {
  return {
    name: 'relais-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('DOM.enable');
        await cdp.send('Accessibility.enable');
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: `(${pierceQuery})(${JSON.stringify(payload.selector)})`,
        });
        if (!result.objectId) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
        const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!root) return { role: 'none', name: '', states: {}, children: [] };
        return compact(byId, { ...root, ignored: false });
      } finally {
        await cdp.detach();
      }
    },
  };
}
