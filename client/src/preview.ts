/**
 * The markdown-it plugin of VS Code's markdown preview (`markdown.markdownItPlugins`): citation
 * markers of the previewed draft become superscript links to their sources, with each source's
 * title as the tooltip, and the cited sources are listed at the end of the preview (unless the
 * draft has its own References section). It knows nothing of VS Code: `lookup` gives the entries
 * of the document being rendered (from the server's `cited/previewData`), or undefined when none
 * are known yet, and the plugin then leaves the markdown as it is. Every piece of source text is
 * escaped.
 */
import type MarkdownIt from 'markdown-it';
import type { StateCore, StateInline } from 'markdown-it';
import type { PreviewEntry } from '../../server/src/protocol';

export type PreviewLookup = (env: unknown) => PreviewEntry[] | undefined;

const NUMERIC_RE = /^\[(\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\s*)\]/;
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
const PANDOC_RE = /^\[([^\[\]\n]*@[^\[\]\n]*)\]/;
const KEY_RE = new RegExp(String.raw`(-?)@(?:\{([^{}\s]+)\}|(${KEY}))`, 'gu');
const INTEXT_RE = new RegExp(String.raw`^@(${KEY})`, 'u');

interface Piece {
  text: string;
  entry?: PreviewEntry;
}

export function citedPreviewPlugin(md: MarkdownIt, lookup: PreviewLookup): void {
  const escape = md.utils.escapeHtml;
  const find = (env: unknown, kind: PreviewEntry['kind'], label: string) => lookup(env)?.find((e) => e.kind === kind && e.label === label);

  md.inline.ruler.before('link', 'cited_marker', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos - 1) === 0x21 /* ! */) return false;
    const rest = state.src.slice(state.pos);
    let pieces: Piece[] | undefined;
    let length = 0;
    const numeric = NUMERIC_RE.exec(rest);
    if (numeric) {
      // `[4]: url` is a definition and `[4](url)` a link, not markers.
      const after = rest.charAt(numeric[0].length);
      if (after === '(' || after === ':') return false;
      pieces = [{ text: '[' }];
      let last = 0;
      const inner = numeric[1];
      for (const m of inner.matchAll(/\d{1,4}/g)) {
        pieces.push({ text: inner.slice(last, m.index) }, { text: m[0], entry: find(state.env, 'numeric', String(Number(m[0]))) });
        last = m.index! + m[0].length;
      }
      pieces.push({ text: inner.slice(last) + ']' });
      length = numeric[0].length;
    } else {
      const pandoc = PANDOC_RE.exec(rest);
      if (!pandoc || rest.charAt(pandoc[0].length) === '(') return false;
      pieces = [{ text: '[' }];
      let last = 0;
      const inner = pandoc[1];
      for (const m of inner.matchAll(KEY_RE)) {
        const key = m[2] ?? m[3];
        pieces.push({ text: inner.slice(last, m.index) }, { text: m[0], entry: find(state.env, 'key', key) });
        last = m.index! + m[0].length;
      }
      pieces.push({ text: inner.slice(last) + ']' });
      length = pandoc[0].length;
    }
    // Only markers Cited resolves for this document; anything else is left to markdown.
    if (!pieces.some((p) => p.entry)) return false;
    if (!silent) {
      const token = state.push('cited_marker', 'sup', 0);
      token.meta = { pieces };
      token.content = rest.slice(0, length);
    }
    state.pos += length;
    return true;
  });

  md.inline.ruler.after('cited_marker', 'cited_intext', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
    if (state.pos > 0 && /[\p{L}\p{N}_@.\\\]-]/u.test(state.src.charAt(state.pos - 1))) return false;
    const m = INTEXT_RE.exec(state.src.slice(state.pos));
    const entry = m && find(state.env, 'key', m[1]);
    if (!m || !entry) return false;
    if (!silent) {
      const token = state.push('cited_marker', 'span', 0);
      token.meta = { pieces: [{ text: m[0], entry }], inText: true };
      token.content = m[0];
    }
    state.pos += m[0].length;
    return true;
  });

  md.renderer.rules.cited_marker = (tokens, idx) => {
    const { pieces, inText } = tokens[idx].meta as { pieces: Piece[]; inText?: boolean };
    const inner = pieces.map((p) => (p.entry ? anchor(p.entry, p.text) : escape(p.text))).join('');
    return inText ? `<span class="cited-intext">${inner}</span>` : `<sup class="cited-marker">${inner}</sup>`;
  };

  const anchor = (e: PreviewEntry, text: string): string => {
    const href = e.sourceUri ?? (e.url && /^https?:\/\//i.test(e.url) ? e.url : undefined);
    const title = escape(tooltip(e));
    return href ? `<a href="${escape(href)}" title="${title}">${escape(text)}</a>` : `<span title="${title}">${escape(text)}</span>`;
  };

  // The cited sources at the end of the preview, unless the draft has its own References heading.
  md.core.ruler.push('cited_references', (state: StateCore) => {
    const entries = lookup(state.env);
    if (!entries?.length) return;
    const tokens = state.tokens;
    const hasOwn = tokens.some((t, i) => t.type === 'heading_open' && /^references$/i.test(tokens[i + 1]?.content.trim() ?? ''));
    if (hasOwn) return;
    const token = new state.Token('html_block', '', 0);
    token.content = referencesHtml(entries, escape);
    tokens.push(token);
  });
}

function tooltip(e: PreviewEntry): string {
  return [e.title, e.byline, e.date, e.problem].filter(Boolean).join(' · ');
}

/** The references list the preview ends with. */
export function referencesHtml(entries: PreviewEntry[], escape: (s: string) => string): string {
  const items = entries.map((e) => {
    const label = e.kind === 'numeric' ? `<span class="cited-label">[${escape(e.label)}]</span> ` : '';
    const title = e.sourceUri ? `<a href="${escape(e.sourceUri)}"><em>${escape(e.title)}</em></a>` : `<em>${escape(e.title)}</em>`;
    const tail = [e.byline, e.date].filter(Boolean).map((s) => escape(s!)).join(', ');
    const url = e.url && /^https?:\/\/[^\s"<>]+$/i.test(e.url) ? ` <a href="${escape(e.url)}">${escape(e.url)}</a>` : '';
    const problem = e.problem ? ` (${escape(e.problem)})` : '';
    return `<li>${label}${title}${tail ? `. ${tail}` : ''}${url ? '.' + url : ''}${problem}</li>`;
  });
  return `<section class="cited-references"><h2>References</h2><ul>${items.join('')}</ul></section>\n`;
}
