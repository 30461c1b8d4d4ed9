/**
 * YAML front matter (the `---` block opening a markdown draft or source) read as data, with
 * js-yaml's core schema: YAML 1.2's strings, numbers, booleans and null, so a date stays the text
 * written ("2026-01-10"), never a Date. An index reads thousands of these small blocks, where
 * js-yaml is several times quicker than `yaml`, which reads the CSL-YAML bibliographies
 * (bibliography.ts: their entries' places are needed) and writes front matter (saveSource.ts).
 *
 * A tag the schema does not know (`title: !fancy Harbour`) is read as the value without it, as a
 * reader that only warns of it would: writers' tools add their own tags, and front matter is read
 * for a title and a date, not for types.
 */
import { load, CORE_SCHEMA, Type } from 'js-yaml';

/** Types that take every tag (an empty prefix of every tag name) not in the core schema, for each kind of node: the value as read. */
const ANY_TAG = (['scalar', 'sequence', 'mapping'] as const).map((kind) => new Type('', { kind, multi: true, construct: (data: unknown) => data }));
const SCHEMA = CORE_SCHEMA.extend(ANY_TAG);

/**
 * The front matter's fields, or undefined when it holds no mapping (a list, a lone value, nothing).
 * Throws on YAML it cannot read (`yamlErrorMessage` in text.ts says why in a line).
 */
export function readFrontMatter(yamlText: string): Record<string, unknown> | undefined {
  const data: unknown = load(yamlText, { schema: SCHEMA });
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}
