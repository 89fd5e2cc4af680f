/**
 * kuromoji's IPADIC dictionary, read from the same 12 `.dat.gz` files and parsed by kuromoji's own
 * `DynamicDictionaries` code: only reading and gunzipping the files is done here, so the tokenizer is the one
 * `kuromoji.builder({ dicPath }).build()` gives (test/unit/readings/kuromoji-dictionary.test.ts compares them).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { constants, gunzipSync } from "node:zlib";
import type kuromoji from "kuromoji";

const require = createRequire(import.meta.url);

/** The parts of kuromoji's `DynamicDictionaries` (src/dict/DynamicDictionaries.js) this loader calls. */
interface DynamicDictionaries {
  loadTrie(base: Int32Array, check: Int32Array): DynamicDictionaries;
  loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): DynamicDictionaries;
  loadConnectionCosts(costs: Int16Array): DynamicDictionaries;
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    catMap: Uint8Array,
    compatCatMap: Uint32Array,
    invokeDef: Uint8Array,
  ): DynamicDictionaries;
}

/** The folder of the IPADIC dictionary shipped in the kuromoji npm package. */
export function kuromojiDictPath(): string {
  return path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
}

/**
 * One dictionary file, gunzipped into an ArrayBuffer of its own. The gzip trailer's last 4 bytes give the unpacked
 * size (mod 2^32): one output chunk of that size spares zlib's 16 KB chunks, their concatenation and a copy.
 */
function readGzip(dicPath: string, file: string): ArrayBuffer {
  const gz = readFileSync(path.join(dicPath, file));
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  const out = gunzipSync(gz, { chunkSize: Math.max(size, constants.Z_MIN_CHUNK) });
  const buffer = out.buffer as ArrayBuffer;
  if (out.byteOffset === 0 && out.byteLength === buffer.byteLength) return buffer;
  return buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
}

/**
 * Builds kuromoji's tokenizer from the dictionary in `dicPath`, synchronously. The typed-array views and the order
 * of the `load…` calls are those of kuromoji's DictionaryLoader.js; `new Tokenizer(dic)` is TokenizerBuilder.js.
 */
export function loadIpadicTokenizer(dicPath: string): kuromoji.Tokenizer<kuromoji.IpadicFeatures> {
  // Hand-written because kuromoji's loader gunzips in 16 KB chunks and copies every buffer (~0.8 s CPU per process).
  const DynamicDictionaries = require("kuromoji/src/dict/DynamicDictionaries.js") as new () => DynamicDictionaries;
  const Tokenizer = require("kuromoji/src/Tokenizer.js") as new (
    dic: DynamicDictionaries,
  ) => kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
  const read = (file: string) => readGzip(dicPath, file);
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(read("base.dat.gz")), new Int32Array(read("check.dat.gz")));
  dic.loadTokenInfoDictionaries(
    new Uint8Array(read("tid.dat.gz")),
    new Uint8Array(read("tid_pos.dat.gz")),
    new Uint8Array(read("tid_map.dat.gz")),
  );
  dic.loadConnectionCosts(new Int16Array(read("cc.dat.gz")));
  dic.loadUnknownDictionaries(
    new Uint8Array(read("unk.dat.gz")),
    new Uint8Array(read("unk_pos.dat.gz")),
    new Uint8Array(read("unk_map.dat.gz")),
    new Uint8Array(read("unk_char.dat.gz")),
    new Uint32Array(read("unk_compat.dat.gz")),
    new Uint8Array(read("unk_invoke.dat.gz")),
  );
  return new Tokenizer(dic);
}
