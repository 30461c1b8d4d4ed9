/** wink-lexicon ships plain CommonJS data files without types. */
declare module 'wink-lexicon/src/irregular-verbs.js' {
  /** Every form of each English irregular verb ("rose", "risen"), mapped to its base ("rise"). */
  const verbs: Record<string, string>;
  export default verbs;
}
