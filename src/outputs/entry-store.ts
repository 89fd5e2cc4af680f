/**
 * A cache of many small JSON entries (the reading step's: one or two per page, tens of thousands on a prefecture-sized
 * site) in one SQLite file, `<cache>/<kind>.sqlite`, through Node's built-in `node:sqlite`.
 *
 * Why not the file cache of cache.ts: it writes two files and renames them per entry, which is right for a PDF but
 * cost the reading step about 0.9 ms of CPU per entry (M, cold, profiled: 29 % of the step), and left 125,000 files
 * at L. SQLite in WAL mode lets parallel builds (and the build's worker threads) read and write the same file safely.
 * Keys are the callers' content hashes (cache.ts `hashParts`), so a changed input is a new key, never a stale hit.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { cacheRoot, cachesTurnedOff, MAX_AGE_MS } from "./cache.ts";

/** A hit refreshes its entry's time at most this often (a refresh is a write; most hits need none). */
const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;

/** How long a write waits for another build's write to finish before it gives up (the entry is then not stored). */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * The table, one row per entry: its key, its JSON text and when a build last used it (ms since the epoch); `used` is
 * indexed so that pruning does not read every value (560 MB at L: 0.3–0.5 s a build without the index).
 */
const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL, used INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS entries_used ON entries (used)",
];

/** One kind of small cached entries. */
export interface EntryStore {
  /** The JSON text stored under `key`, or undefined. */
  read(key: string): string | undefined;
  /** Stores JSON text under `key` (a failure to store only costs the next build the work again). */
  write(key: string, value: string): void;
  /** Removes the entries no build has used for 30 days. */
  prune(): void;
}

/**
 * Opens `<cache>/<kind>.sqlite` (created when missing, made afresh when it is not a SQLite file). ZAITAKU_CACHE_DIR
 * moves the cache, ZAITAKU_NO_CACHE=1 turns it off, as for the file cache.
 */
export function openEntryStore(projectRoot: string, kind: string): EntryStore {
  if (cachesTurnedOff()) return { read: () => undefined, write: () => {}, prune: () => {} };
  const root = cacheRoot(projectRoot);
  const file = path.join(root, `${kind}.sqlite`);
  mkdirSync(root, { recursive: true });
  // The file cache's folder of the same kind, from before this store: its entries are never read again.
  // (Two builds may remove it at once; the loser's error does not matter.)
  if (existsSync(path.join(root, kind))) {
    try {
      rmSync(path.join(root, kind), { recursive: true, force: true });
    } catch {}
  }
  const db = openDatabase(file);
  const select = db.prepare("SELECT value, used FROM entries WHERE key = ?");
  const touch = db.prepare("UPDATE entries SET used = ? WHERE key = ?");
  const insert = db.prepare("INSERT OR REPLACE INTO entries (key, value, used) VALUES (?, ?, ?)");
  const remove = db.prepare("DELETE FROM entries WHERE used < ?");
  return {
    read(key) {
      const row = select.get(key) as { value: string; used: number } | undefined;
      if (!row) return undefined;
      const now = Date.now();
      if (now - row.used > TOUCH_AFTER_MS) quietly(touch, now, key);
      return row.value;
    },
    write: (key, value) => quietly(insert, key, value, Date.now()),
    prune: () => quietly(remove, Date.now() - MAX_AGE_MS),
  };
}

/** The database at `file`, with its table; a file that is not a SQLite database (or is damaged) is replaced. */
function openDatabase(file: string): DatabaseSync {
  try {
    return prepareDatabase(new DatabaseSync(file));
  } catch {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    return prepareDatabase(new DatabaseSync(file));
  }
}

function prepareDatabase(db: DatabaseSync): DatabaseSync {
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL: readers never wait for a writer; NORMAL: a commit is not flushed to disk one by one (a cache may lose its
    // last entries in a power cut, never its consistency).
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    for (const statement of SCHEMA) db.exec(statement);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Runs a write; a cache that cannot be written (another build holding it too long, a full disk) is only slower. */
function quietly(statement: StatementSync, ...values: (string | number)[]): void {
  try {
    statement.run(...values);
  } catch {
    // Nothing to do: the entry is made again next time.
  }
}
