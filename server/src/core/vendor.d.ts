/** wink-lexicon ships plain CommonJS data files without types. */
declare module 'wink-lexicon/src/irregular-verbs.js' {
  /** Every form of each English irregular verb ("rose", "risen"), mapped to its base ("rise"). */
  const verbs: Record<string, string>;
  export default verbs;
}

/** citation-js ships JavaScript without types; Cited uses its input chain (BibTeX text to CSL-JSON) and its logger. */
declare module '@citation-js/core' {
  export const plugins: {
    input: { chain(data: unknown, options: { target: string; generateGraph?: boolean }): unknown };
  };
  export const logger: { _log: unknown[]; level: string };
}
declare module '@citation-js/plugin-bibtex';
