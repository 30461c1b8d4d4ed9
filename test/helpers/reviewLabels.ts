/** A review's label of one cited sentence (`test/fixtures/reviews40/<review>/labels.json`), as the helper who wrote it gave it. */
export interface ReviewLabel {
  /** The workspace folder, under the review's folder. */
  workspace: string;
  /** The draft, relative to the workspace ("drafts/story.md"). */
  draft: string;
  /** The 1-based line the sentence starts on. */
  line: number;
  /** The sentence as written (its line breaks as spaces). */
  sentence: string;
  label: 'faithful' | 'wrong';
  /** How it was written, or what is wrong with it. */
  kind: string;
}
