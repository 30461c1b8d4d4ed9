/** wink-lemmatizer ships plain CommonJS without types. */
declare module 'wink-lemmatizer' {
  /** WordNet's morphology (Morphy): the base form of a verb, noun or adjective, or the word itself when it has none. */
  const lemmatize: { verb(word: string): string; noun(word: string): string; adjective(word: string): string };
  export default lemmatize;
}
