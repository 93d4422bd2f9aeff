import { packData, type PackData } from './pack-data';
import { RECOGNIZERS, type Recognizer } from './recognizers';

export interface RegistryOptions {
  /** ISO country codes whose packs are loaded; none: every pack (the default, narratives cross borders). */
  countries?: readonly string[];
}

/** The recognizers for one language and the merged packs of the configured countries. */
export interface Registry {
  recognizers: readonly Recognizer[];
  packs: PackData;
}

const registries = new Map<string, Registry>();

/** The registry for a language and a set of countries, built once and kept (it holds no narrative data). */
export function registryFor(lang?: string, options: RegistryOptions = {}): Registry {
  const key = `${lang ?? ''}|${(options.countries ?? []).join(',')}`;
  let registry = registries.get(key);
  if (!registry) {
    registry = {
      recognizers: RECOGNIZERS.filter((r) => !r.languages || !lang || r.languages.includes(lang)),
      packs: packData(options.countries),
    };
    registries.set(key, registry);
  }
  return registry;
}
