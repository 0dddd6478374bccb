/** A published points folder built in memory, read through a fake fetch (as the browser would). */
import { buildPointsFiles } from '../src/format.js';
import type { BuildOptions } from '../src/format.js';
import { openPoints } from '../src/client.js';
import type { PointsSource } from '../src/client.js';
import type { HelpPoint } from '../src/model.js';

/** Opens the files of `buildPointsFiles` as if served at https://example.test/p/; counts the requests. */
export async function served(
  points: HelpPoint[],
  options: BuildOptions = {},
): Promise<{ source: PointsSource; requests: string[]; files: Map<string, unknown> }> {
  const files = buildPointsFiles(points, options);
  const requests: string[] = [];
  const fetch = async (url: string) => {
    const path = new URL(url).pathname.replace(/^\/p\//, '');
    requests.push(path);
    const value = files.get(path);
    const text = value === undefined ? '' : JSON.stringify(value);
    return { ok: value !== undefined, status: value === undefined ? 404 : 200, json: async () => JSON.parse(text) as unknown };
  };
  const source = await openPoints('https://example.test/p/points.json', { fetch });
  return { source, requests, files };
}
