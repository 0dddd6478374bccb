/**
 * Lazily loaded parts of an element: the one way Relais loads code on demand.
 * `loadOnce()` loads a module once per page (a failed load is tried again on
 * the next call); `LazyPart` is the Lit reactive controller an element keeps
 * for each part: it loads the part when it is needed (when the element
 * connects, when the page is idle, or on demand), adopts the part's styles,
 * asks for an update, and — for a part the element cannot work without —
 * makes the element show its light-DOM fallback if the part cannot load.
 */
import type { CSSResultOrNative, ReactiveController, ReactiveControllerHost } from 'lit';

/** A module loaded once per page. */
export interface Loader<T> {
  /** Loads it (once; again after a failure). */
  (): Promise<T>;
  /** The module, once loaded. */
  readonly value: T | undefined;
}

/** Wraps `load` (a dynamic `import()`) so that it runs once per page; a failed load can be tried again. */
export function loadOnce<T>(load: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  const loader = (() =>
    (pending ??= load().then(
      (module) => (value = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ))) as Loader<T>;
  Object.defineProperty(loader, 'value', { get: () => value });
  return loader;
}

/** One `loadOnce` loader per id of `table` (made on first use); undefined for an id the table lacks. */
export function loaderById<T>(table: Readonly<Record<string, () => Promise<T>>>): (id: string) => Loader<T> | undefined {
  const made = new Map<string, Loader<T>>();
  return (id) => {
    if (!Object.hasOwn(table, id)) return undefined;
    let loader = made.get(id);
    if (!loader) made.set(id, (loader = loadOnce(table[id]!)));
    return loader;
  };
}

type IdleWindow = { requestIdleCallback?: (task: () => void, options?: { timeout: number }) => number };

/** Runs `task` when the page is idle (within 3 s at most), or soon where there is no idle callback. */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (idle) idle(task, { timeout: 3000 });
  else setTimeout(task, 200);
}

/** What a `LazyPart` needs of its element (RelaisElement has it). */
export interface LazyPartHost extends ReactiveControllerHost, HTMLElement {
  /** Adds the part's styles to the element's own. */
  adoptPartStyles(styles: readonly CSSResultOrNative[]): void;
  /** Keeps the part, so that the element knows when to show its fallback. */
  addPart(part: { readonly blocking: boolean }): void;
  /** Whether the element shows itself (not its fallback): idle-time parts wait for that. */
  readonly shown: boolean;
}

/**
 * How much the element needs a part: `first-render` (it shows its fallback
 * until the part is there, and if it cannot load), `on-use` (it works
 * without it until the citizen uses it, and shows its fallback if it cannot
 * load), `optional` (it works without it).
 */
export type PartNeed = 'first-render' | 'on-use' | 'optional';

/** When a part loads. */
export type LoadTime = 'connected' | 'idle' | 'demand';

/** How an element uses one of its parts. */
export interface LazyPartOptions<M, T> {
  /** The part's module, loaded once per page (`loadOnce(() => import('./x.js'))`). */
  load: Loader<M>;
  /** What the element keeps of the module (default: the module itself). A reactive controller is added to the element. */
  create?: (module: M) => T;
  /** The styles the part brings. */
  styles?: (module: M) => CSSResultOrNative | readonly CSSResultOrNative[];
  /** `connected` (default): as soon as the element connects; `idle`: when the page is idle; `demand`: only when `load()` is called. */
  at?: LoadTime;
  /** How much the element needs it (default `first-render`). */
  need?: PartNeed;
  /** How the console names the part when it cannot load. */
  name: string;
}

/**
 * One lazily loaded part of an element. `value` is what the element uses
 * once the part is there; `failed` says the last load failed (the next
 * `load()` tries again).
 */
export class LazyPart<M, T = M> implements ReactiveController {
  /** The part, once loaded. */
  value: T | undefined;
  /** Whether the last attempt to load failed. */
  failed = false;
  private readonly _host: LazyPartHost;
  private readonly _options: LazyPartOptions<M, T>;
  private _loading: Promise<T | undefined> | undefined;
  private _idleAsked = false;

  constructor(host: LazyPartHost, options: LazyPartOptions<M, T>) {
    this._host = host;
    this._options = options;
    host.addController(this);
    host.addPart(this);
    // Already on the page (a second element): use it now, so the first render has it.
    if (options.load.value !== undefined) this._use(options.load.value);
  }

  /** Whether the element must show its fallback because of this part. */
  get blocking(): boolean {
    const need = this._options.need ?? 'first-render';
    if (this.value !== undefined || need === 'optional') return false;
    return need === 'first-render' || this.failed;
  }

  hostConnected(): void {
    if (this.value !== undefined || this._options.at === 'demand' || this._options.at === 'idle') return;
    void this.load();
  }

  /** An idle-time part is fetched once the element shows itself, when the page is idle: never before what the first render needs. */
  hostUpdated(): void {
    if (this._options.at !== 'idle' || this._idleAsked || this.value !== undefined || !this._host.shown) return;
    this._idleAsked = true;
    // Twice idle: a loader that fetches the first press's files with the rest (relais.js) has asked for them by then.
    whenIdle(() => whenIdle(() => void this.load()));
  }

  /** Loads the part (once); resolves to it, or to undefined if it cannot load. Never rejects. */
  load(): Promise<T | undefined> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    this._loading ??= this._options.load().then(
      (module) => {
        this._loading = undefined;
        if (this.value === undefined) this._use(module);
        this.failed = false;
        this._host.requestUpdate();
        return this.value;
      },
      (error: unknown) => {
        this._loading = undefined;
        if (!this.failed) {
          const outcome = this._options.need === 'optional' ? 'it works without it' : 'it shows its fallback content';
          console.warn(
            `[relais] <${this._host.localName}> could not load its ${this._options.name}; ${outcome}. Fix: serve every file of Relais's build (its dist/ folder, or your bundle's chunks) where the page loads it from.`,
            error,
          );
        }
        this.failed = true;
        this._host.requestUpdate();
        return undefined;
      },
    );
    return this._loading;
  }

  private _use(module: M): void {
    const styles = this._options.styles?.(module);
    if (styles) this._host.adoptPartStyles(Array.isArray(styles) ? styles : [styles as CSSResultOrNative]);
    const value = this._options.create ? this._options.create(module) : (module as unknown as T);
    this.value = value;
    if (isController(value)) this._host.addController(value);
  }
}

function isController(value: unknown): value is ReactiveController {
  if (!value || typeof value !== 'object') return false;
  return (['hostConnected', 'hostDisconnected', 'hostUpdate', 'hostUpdated'] as const).some(
    (name) => typeof (value as ReactiveController)[name] === 'function',
  );
}
