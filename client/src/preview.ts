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
import type { StateInline } from 'markdown-it';
import type { PreviewEntry } from '../../server/src/protocol';

export type PreviewLookup = (env: unknown) => PreviewEntry[] | undefined;

const NUMERIC_RE = /^\[(\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\s*)\]/;
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
const PANDOC_RE = /^\[([^\[\]\n]*@[^\[\]\n]*)\]/;
const KEY_RE = new RegExp(String.raw`(-?)@(?:\{([^{}\s]+)\}|(${KEY}))`, 'gu');
const INTEXT_RE = new RegExp(String.raw`^@(${KEY})`, 'u');

interface Piece {
  text: string;
  kind?: PreviewEntry['kind'];
  label?: string;
}

/** Set in the env of a fallback render, so the plugin does not read the same marker again. */
const PLAIN = 'citedPlain';

export function citedPreviewPlugin(md: MarkdownIt, lookup: PreviewLookup): void {
  const escape = md.utils.escapeHtml;
  const find = (entries: PreviewEntry[] | undefined, kind: PreviewEntry['kind'], label: string) => entries?.find((e) => e.kind === kind && e.label === label);

  // Markers are read when the text is parsed, and resolved when it is rendered: VS Code parses a
  // document once per version, without its env (`currentDocument` reaches only the renderer).
  md.inline.ruler.before('link', 'cited_marker', (state: StateInline, silent: boolean) => {
    if (state.env?.[PLAIN] || state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos - 1) === 0x21 /* ! */) return false;
    const rest = state.src.slice(state.pos);
    const pieces: Piece[] = [{ text: '[' }];
    let length = 0;
    const numeric = NUMERIC_RE.exec(rest);
    if (numeric) {
      // `[4]: url` is a definition and `[4](url)` a link, not markers.
      const after = rest.charAt(numeric[0].length);
      if (after === '(' || after === ':') return false;
      let last = 0;
      const inner = numeric[1];
      for (const m of inner.matchAll(/\d{1,4}/g)) {
        pieces.push({ text: inner.slice(last, m.index) }, { text: m[0], kind: 'numeric', label: String(Number(m[0])) });
        last = m.index! + m[0].length;
      }
      pieces.push({ text: inner.slice(last) + ']' });
      length = numeric[0].length;
    } else {
      const pandoc = PANDOC_RE.exec(rest);
      if (!pandoc || rest.charAt(pandoc[0].length) === '(') return false;
      let last = 0;
      const inner = pandoc[1];
      for (const m of inner.matchAll(KEY_RE)) {
        pieces.push({ text: inner.slice(last, m.index) }, { text: m[0], kind: 'key', label: m[2] ?? m[3] });
        last = m.index! + m[0].length;
      }
      if (last === 0) return false;
      pieces.push({ text: inner.slice(last) + ']' });
      length = pandoc[0].length;
    }
    if (!silent) {
      const token = state.push('cited_marker', 'sup', 0);
      token.meta = { pieces, references: state.env?.references };
      token.content = rest.slice(0, length);
    }
    state.pos += length;
    return true;
  });

  md.inline.ruler.after('cited_marker', 'cited_intext', (state: StateInline, silent: boolean) => {
    if (state.env?.[PLAIN] || state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
    if (state.pos > 0 && /[\p{L}\p{N}_@.\\\]-]/u.test(state.src.charAt(state.pos - 1))) return false;
    const m = INTEXT_RE.exec(state.src.slice(state.pos));
    if (!m) return false;
    if (!silent) {
      const token = state.push('cited_marker', 'span', 0);
      token.meta = { pieces: [{ text: m[0], kind: 'key', label: m[1] }], inText: true, references: state.env?.references };
      token.content = m[0];
    }
    state.pos += m[0].length;
    return true;
  });

  md.renderer.rules.cited_marker = (tokens, idx, _options, env) => {
    const { pieces, inText, references } = tokens[idx].meta as { pieces: Piece[]; inText?: boolean; references?: unknown };
    const entries = lookup(env);
    const resolved = pieces.map((p) => ({ ...p, entry: p.kind && p.label ? find(entries, p.kind, p.label) : undefined }));
    // Nothing Cited resolves for this document: the text as markdown renders it without the plugin.
    if (!resolved.some((p) => p.entry)) return md.renderInline(tokens[idx].content, { ...(references ? { references } : {}), [PLAIN]: true });
    const inner = resolved.map((p) => (p.entry ? anchor(p.entry, p.text) : escape(p.text))).join('');
    return inText ? `<span class="cited-intext">${inner}</span>` : `<sup class="cited-marker">${inner}</sup>`;
  };

  const anchor = (e: PreviewEntry, text: string): string => {
    const href = e.sourceUri ?? (e.url && /^https?:\/\//i.test(e.url) ? e.url : undefined);
    const title = escape(tooltip(e));
    return href ? `<a href="${escape(href)}" title="${title}">${escape(text)}</a>` : `<span title="${title}">${escape(text)}</span>`;
  };

  // The cited sources at the end of the preview, unless the draft has its own References heading.
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env) => {
    const html = render(tokens, options, env);
    if (env?.[PLAIN]) return html;
    const entries = lookup(env);
    if (!entries?.length) return html;
    const hasOwn = tokens.some((t, i) => t.type === 'heading_open' && /^references$/i.test(tokens[i + 1]?.content.trim() ?? ''));
    return hasOwn ? html : html + referencesHtml(entries, escape);
  };
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
