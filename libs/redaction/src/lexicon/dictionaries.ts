import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HunspellLexicon } from './hunspell-lexicon';

/**
 * The English and Russian spelling dictionaries (Hunspell, from the npm
 * packages dictionary-en and dictionary-ru), read once per process or worker
 * thread, synchronously, from node_modules. They tell ordinary words from
 * everything else: a capitalised word that no dictionary entry produces in
 * lower case is a name candidate.
 */
function packageFile(pkg: string, file: string): string {
  for (const dir of module.paths) {
    const path = join(dir, pkg, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`the ${pkg} package is not installed (run npm install)`);
}

function load(pkg: string): HunspellLexicon {
  return new HunspellLexicon(readFileSync(packageFile(pkg, 'index.aff'), 'utf8'), readFileSync(packageFile(pkg, 'index.dic'), 'utf8'));
}

let english: HunspellLexicon | undefined;
let russian: HunspellLexicon | undefined;

export function englishLexicon(): HunspellLexicon {
  return (english ??= load('dictionary-en'));
}

export function russianLexicon(): HunspellLexicon {
  return (russian ??= load('dictionary-ru'));
}
