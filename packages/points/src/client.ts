/**
 * Reading a published points file the way the widget does: the entry file
 * first, then only the side files one search needs — the geocoding shard of
 * the postcode or name typed, and the départements' shards near the place,
 * in order of their distance, until the k nearest are certain.
 * No DOM: `fetch` can be given (tests, benchmarks count the bytes).
 */
import { distanceToBoxKm } from './geo.js';
import { matchName, nameKey, postcodeKey, readGeocoderAnswer, readQuery, geocoderUrl } from './geocode.js';
import type { GeocodeResult, NameEntry } from './geocode.js';
import { readEntry, readPoint } from './format.js';
import { depOf } from './status.js';
import type { NameShardFile, PointsEntry, PostcodeShardFile, ShardRef, PointsDataError } from './format.js';
import { PointIndex } from './nearest.js';
import type { Nearby, NearestOptions } from './nearest.js';
import type { HelpPoint } from './model.js';

/** Why a file or service could not be used: the network (try again) or the data (nothing to retry). */
export class PointsError extends Error {
  override name = 'PointsError';
  constructor(
    readonly kind: 'network' | 'data',
    message: string,
  ) {
    super(message);
  }
}

type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Options of {@link openPoints}. */
export interface OpenOptions {
  /** The fetch to use (default: the global one). */
  fetch?: Fetch;
  /** Base URL for a relative `src` (in a page: `document.baseURI`). */
  base?: string;
  /** Give up on each file (entry and side files) after this many ms: a server that hangs is a network failure. Default: no limit. */
  timeout?: number;
}

/** The fetch with a time limit per request (headers and body), when one is given. */
function withTimeout(fetcher: Fetch, timeout: number | undefined): Fetch {
  if (!timeout) return fetcher;
  return async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no answer in ${timeout} ms`)), timeout);
    init?.signal?.addEventListener('abort', () => controller.abort(init.signal?.reason));
    try {
      const response = await fetcher(url, { signal: controller.signal });
      return {
        ok: response.ok,
        status: response.status,
        json: () => response.json().finally(() => clearTimeout(timer)),
      };
    } catch (error) {
      clearTimeout(timer);
      throw error;
    }
  };
}

async function getJson(fetcher: Fetch, url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetcher(url, signal ? { signal } : undefined);
  } catch (error) {
    throw new PointsError('network', `${url}: ${(error as Error).message}`);
  }
  // Missing file: a configuration problem, not worth retrying. Server trouble: worth it.
  if (!response.ok) throw new PointsError(response.status === 404 || response.status === 410 ? 'data' : 'network', `${url}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw new PointsError('network', `${url}: aborted`);
    throw new PointsError('data', `${url}: not JSON (${(error as Error).message})`);
  }
}

/** Opens a published points file: reads its entry. Throws PointsError. */
export async function openPoints(src: string, options: OpenOptions = {}): Promise<PointsSource> {
  const given = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!given) throw new PointsError('network', 'no fetch available');
  const fetcher = withTimeout(given, options.timeout);
  let url: URL;
  try {
    url = new URL(src, options.base);
  } catch {
    throw new PointsError('data', `points-src "${src}" is not a URL`);
  }
  const raw = await getJson(fetcher, url.href);
  let entry: PointsEntry;
  try {
    entry = readEntry(raw);
  } catch (error) {
    throw new PointsError('data', `${url.href}: ${(error as PointsDataError).message}`);
  }
  return new PointsSource(url, entry, fetcher);
}

/** A points file opened in the widget: geocodes and finds the nearest places, loading side files as needed. */
export class PointsSource {
  private readonly _shards = new Map<string, Promise<HelpPoint[]>>();
  private readonly _geo = new Map<string, Promise<unknown>>();
  private _inline: PointIndex<HelpPoint> | undefined;

  /** @internal Use {@link openPoints}. */
  constructor(
    readonly url: URL,
    readonly entry: PointsEntry,
    private readonly _fetch: Fetch,
  ) {}

  /** Whether the file carries a geocoding table (postcode and name search without a service). */
  get hasGeocoding(): boolean {
    return Boolean(this.entry.geocoding?.postcodes || this.entry.geocoding?.names);
  }

  /** A side file's URL; only files beside the entry (same origin) are read. */
  private _sideUrl(file: string): string {
    const url = new URL(file, this.url);
    if (url.origin !== this.url.origin) throw new PointsError('data', `side file ${file} is not on the points file's site`);
    return url.href;
  }

  private _load<T>(cache: Map<string, Promise<T>>, file: string, read: (raw: unknown) => T): Promise<T> {
    let pending = cache.get(file);
    if (!pending) {
      pending = getJson(this._fetch, this._sideUrl(file)).then(read);
      cache.set(file, pending);
      // A failed load can be tried again on the next search.
      pending.catch(() => cache.delete(file));
    }
    return pending;
  }

  private _shard(ref: ShardRef): Promise<HelpPoint[]> {
    return this._load(this._shards, ref.file, (raw) => {
      const list = (raw as { points?: unknown })?.points;
      if (!Array.isArray(list)) throw new PointsError('data', `${ref.file}: no "points" list`);
      return list.map((p) => readPoint(p, ref.dep)).filter((p): p is HelpPoint => !!p);
    });
  }

  /** Starts loading the shards of a département (a failure is left for nearest() to meet). */
  private _prefetch(dep: string | undefined): void {
    if (!dep) return;
    for (const ref of this.entry.shards ?? []) if (ref.dep === dep) this._shard(ref).catch(() => {});
  }

  /** Geocodes a postcode or commune name with the file's own table. */
  async geocode(text: string): Promise<GeocodeResult> {
    const query = readQuery(text);
    if (query.type === 'invalid') return { status: 'invalid', reason: query.reason };
    const geo = this.entry.geocoding;
    if (query.type === 'postcode') {
      const shards = geo?.postcodes;
      if (!shards) return { status: 'unavailable' };
      const key = postcodeKey(query.postcode);
      if (!shards.keys.includes(key)) return { status: 'unknown' };
      const file = shards.file.replace('{key}', key);
      const table = this._load(this._geo, file, (raw) => raw) as Promise<PostcodeShardFile>;
      // The postcode's département is known now: its places are fetched with the
      // geocoding table, not after it, so that nearest() finds them there (one round trip less).
      this._prefetch(depOf(undefined, query.postcode));
      const hit = (await table)?.postcodes?.[query.postcode];
      if (!Array.isArray(hit)) return { status: 'unknown' };
      return { status: 'found', place: { label: query.postcode, lat: Number(hit[0]), lng: Number(hit[1]), postcode: query.postcode } };
    }
    const shards = geo?.names;
    if (!shards) return { status: 'unavailable' };
    const key = nameKey(query.name, shards.keys);
    if (!key) return { status: 'unknown' };
    const file = shards.file.replace('{key}', key);
    const entries = (await this._load(this._geo, file, (raw) => {
      const names = (raw as NameShardFile)?.names;
      if (!Array.isArray(names)) throw new PointsError('data', `${file}: no "names" list`);
      return names.map(([name, postcode, lat, lng]): NameEntry => ({ name: String(name), postcode: String(postcode), lat: Number(lat), lng: Number(lng) }));
    })) as NameEntry[];
    return matchName(query.name, entries);
  }

  /**
   * The `k` nearest places (after `filter`), nearest first. Loads the shards
   * in order of their boxes' distance, in at most a few rounds, and stops as
   * soon as no unread shard can hold a nearer place.
   */
  async nearest(lat: number, lng: number, options: NearestOptions<HelpPoint> = {}): Promise<Nearby<HelpPoint>[]> {
    const k = options.k ?? 3;
    if (this.entry.points) {
      this._inline ??= new PointIndex(this.entry.points.map((p) => readPoint(p)).filter((p): p is HelpPoint => !!p));
      return this._inline.nearest(lat, lng, options);
    }
    const order = (this.entry.shards ?? []).map((ref) => ({ ref, km: distanceToBoxKm(lat, lng, ref.bbox) })).sort((a, b) => a.km - b.km);
    const loaded: HelpPoint[][] = [];
    let results: Nearby<HelpPoint>[] = [];
    let next = 0;
    while (next < order.length) {
      const kth = results.length >= k ? results[k - 1]!.km : Infinity;
      if (order[next]!.km >= kth || order[next]!.km > (options.maxKm ?? Infinity)) break;
      const batch: ShardRef[] = [];
      if (kth === Infinity) {
        // Not enough places yet: the shards holding the position, then the nearest until there are k.
        let count = results.length;
        while (next < order.length && (order[next]!.km === 0 || count < k || batch.length === 0)) {
          count += order[next]!.ref.count;
          batch.push(order[next++]!.ref);
        }
      } else while (next < order.length && order[next]!.km < kth) batch.push(order[next++]!.ref);
      loaded.push(...(await Promise.all(batch.map((ref) => this._shard(ref)))));
      results = new PointIndex(loaded.flat()).nearest(lat, lng, options);
    }
    return results;
  }
}

/**
 * Geocodes with a service answering like the national address API's `search`
 * (`?q=…&type=municipality&limit=5`, GeoJSON features). Throws PointsError.
 */
export async function geocodeWithService(service: string, text: string, options: OpenOptions & { signal?: AbortSignal } = {}): Promise<GeocodeResult> {
  const query = readQuery(text);
  if (query.type === 'invalid') return { status: 'invalid', reason: query.reason };
  const fetcher = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!fetcher) throw new PointsError('network', 'no fetch available');
  const raw = await getJson(fetcher, geocoderUrl(service, query.type === 'postcode' ? query.postcode : query.name, options.base), options.signal);
  try {
    return readGeocoderAnswer(raw, text);
  } catch (error) {
    throw new PointsError('data', `geocoder: ${(error as Error).message}`);
  }
}
