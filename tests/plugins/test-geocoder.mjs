// A geocoding service for browser tests, served by the test runner itself at
// /test-geocoder/search: it answers like the national address API's `search`
// (a GeoJSON FeatureCollection of communes) for a few places of the project's
// fictional sample, and can be slow or fail on request:
//   ?q=…            the query (postcode or commune name)
//   &delay=MS       answer after MS milliseconds
//   &fail=500       answer with that HTTP status; &fail=json: not JSON
// /test-geocoder/log lists the queries received (to check what was sent),
// /test-geocoder/reset empties it.
// /test-geocoder/points.json is a tiny points file with no geocoding table
// (two fictional places, inline), with the same ?delay and ?fail.

const places = [
  { city: 'Mende', postcode: '48000', lat: 44.518, lng: 3.5 },
  { city: 'Florac Trois Rivières', postcode: '48400', lat: 44.324, lng: 3.593 },
  { city: 'Marvejols', postcode: '48100', lat: 44.554, lng: 3.291 },
  { city: 'Cayenne', postcode: '97300', lat: 4.937, lng: -52.326 },
  { city: 'Saint-Denis', postcode: '97400', lat: -20.882, lng: 55.45 },
  { city: 'Saint-Denis', postcode: '93200', lat: 48.936, lng: 2.357 },
];

const pointsFile = {
  format: 'relais-points',
  version: 1,
  count: 2,
  points: [
    {
      id: 't-1',
      name: 'Lieu d’essai du Causse (exemple)',
      kind: 'france-services',
      lat: 44.52,
      lng: 3.49,
      dep: '48',
      postcode: '48000',
      city: 'Mende',
      hours: 'Mo-Fr 09:00-17:00',
    },
    { id: 't-2', name: 'Lieu d’essai de la Vallée (exemple)', kind: 'mediation', lat: 44.55, lng: 3.29, dep: '48', postcode: '48100', city: 'Marvejols' },
  ],
};

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function testGeocoder() {
  const log = [];
  return async (context, next) => {
    if (!context.path.startsWith('/test-geocoder/')) return next();
    if (context.path === '/test-geocoder/log') {
      context.body = JSON.stringify(log);
      context.type = 'json';
      return undefined;
    }
    if (context.path === '/test-geocoder/reset') {
      log.length = 0;
      context.body = '[]';
      context.type = 'json';
      return undefined;
    }
    const params = context.URL.searchParams;
    const q = params.get('q') ?? '';
    if (context.path !== '/test-geocoder/points.json') log.push(Object.fromEntries(params));
    const delay = Number(params.get('delay') ?? 0);
    if (delay > 0) await sleep(Math.min(delay, 20000));
    const fail = params.get('fail');
    if (fail === 'json') {
      context.body = 'not json';
      context.type = 'text';
      return undefined;
    }
    if (fail) {
      context.status = Number(fail) || 500;
      context.body = 'geocoder down (test)';
      return undefined;
    }
    if (context.path === '/test-geocoder/points.json') {
      context.type = 'json';
      context.body = JSON.stringify(pointsFile);
      return undefined;
    }
    const wanted = fold(q);
    const hits = places.filter((p) => p.postcode === q.replace(/\s/g, '') || fold(p.city) === wanted || fold(p.city).startsWith(`${wanted} `));
    context.type = 'json';
    context.body = JSON.stringify({
      type: 'FeatureCollection',
      version: 'draft',
      query: q,
      features: hits.map((p) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
        properties: {
          label: p.city,
          score: 0.9,
          id: p.postcode,
          type: 'municipality',
          name: p.city,
          postcode: p.postcode,
          city: p.city,
          context: p.postcode.slice(0, 2),
        },
      })),
    });
    return undefined;
  };
}
