// With ?vitals in the address, the page reports its own web vitals in the
// console, as this browser measured them: LCP and what it was, CLS and what
// shifted most, INP and what was pressed, FCP, TTFB. For an integrator who
// wants to check what Relais costs a real page; without ?vitals, nothing is
// fetched. The figures are also kept in `window.relaisVitals`.
if (new URLSearchParams(location.search).has('vitals')) {
  const kept = (window.relaisVitals = {});
  const what = (metric) => {
    const a = metric.attribution ?? {};
    if (metric.name === 'LCP') return a.target ?? '';
    if (metric.name === 'CLS') return a.largestShiftTarget ? `largest shift: ${a.largestShiftTarget}` : 'nothing shifted';
    if (metric.name === 'INP') return a.interactionTarget ? `${a.interactionType ?? 'press'} on ${a.interactionTarget}` : '';
    return '';
  };
  const report = (metric) => {
    kept[metric.name] = metric.value;
    const value = metric.name === 'CLS' ? metric.value.toFixed(3) : `${Math.round(metric.value)} ms`;
    console.info(`[vitals] ${metric.name} ${value} (${metric.rating}) ${what(metric)}`.trim());
  };
  import('./vendor/web-vitals.js').then(
    ({ onCLS, onFCP, onINP, onLCP, onTTFB }) => {
      for (const on of [onTTFB, onFCP, onLCP]) on(report);
      // Each change, so that a shift or a slow press shows when it happens.
      onCLS(report, { reportAllChanges: true });
      onINP(report, { reportAllChanges: true, durationThreshold: 16 });
    },
    () => console.warn('[vitals] vendor/web-vitals.js is missing: run npm run build:examples.'),
  );
}
