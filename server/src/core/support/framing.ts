/**
 * Discourse and framing words: they organise or soften an answer ("however", "additionally",
 * "such as", "the sources discuss", "can help reduce") rather than state what a source must
 * back. Read out of a claim's words (features.ts) and out of the word pairs of claims and
 * sources alike (evidence.ts).
 */
import { contentTokens, stem } from '../text';

const FRAMING_WORDS = [
  'however', 'additionally', 'also', 'furthermore', 'moreover', 'therefore', 'thus', 'overall', 'finally', 'lastly',
  'instead', 'example', 'instance', 'including', 'include', 'includes', 'such', 'various', 'several', 'many',
  'often', 'generally', 'typical', 'typically', 'usually', 'may', 'might', 'can', 'could', 'important', 'provided',
  'provide', 'providing', 'say', 'said', 'says', 'told', 'called', 'describe', 'describes', 'argue', 'argues',
  'approximate', 'approximately', 'roughly', 'around', 'nearly', 'almost', 'quite', 'extremely', 'fairly',
  'possible', 'possibly', 'likely', 'source', 'sources', 'according', 'discuss', 'discusses', 'mention', 'mentions',
  'mentioned', 'suggest', 'suggests', 'note', 'notes', 'significantly', 'particularly', 'especially', 'well', 'like',
  'help', 'way', 'ways', 'different', 'certain', 'specific', 'context', 'case', 'cases', 'etc', 'e.g', 'i.e',
];

/**
 * Framing words and their regular inflections ("notes", "noted", "suggesting"). A word is matched
 * as written, not by stem: "important" does not take "import" with it, nor "provide" "providers".
 */
const FRAMING = new Set(
  FRAMING_WORDS.flatMap((f) => {
    const bare = f.replace(/e$/, '');
    return [f, f + 's', f + 'es', f + 'd', f + 'ed', f + 'ing', bare + 'ing', bare + 'ed'];
  }),
);

export function isFraming(word: string): boolean {
  return FRAMING.has(word);
}

/**
 * The stems of a text's content words in order, framing words left out: the sequence word pairs
 * are read from, so that "solar panels typically cut bills" holds the pair "panels cut".
 */
export function pairStems(text: string): string[] {
  return contentTokens(text)
    .filter((t) => !isFraming(t.word))
    .map((t) => t.stem);
}

let framingStems: Set<string> | undefined;

/**
 * Whether some framing word has this stem: a sentence whose stems have none holds no framing word,
 * so its `pairStems` are its content stems as they are.
 */
export function isFramingStem(s: string): boolean {
  return (framingStems ??= new Set([...FRAMING].map(stem))).has(s);
}
