/**
 * Reads HTML with htmlparser2: the title and meta tags, and the article text
 * without the page's chrome (scripts, styles, navigation, header, footer).
 */
import { Parser } from 'htmlparser2';
import { CELL_SEPARATOR, TextBuilder, type ExtractedText, type SourceMeta, type TextMark } from './sourceTypes';

/**
 * Tags that are never the article. (Not `aside`: a page's fact box, pull quote or "next up" box is the page's own
 * statement, and a writer cites it; an aside that is a sidebar or an advert by its class words is chrome, and so is
 * one whose text is mostly links, as a box of related stories is: `LINKS_MOSTLY`.)
 */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'form', 'button', 'iframe', 'select', 'head',
]);
/** (A table row is a block, its cells read on one line between `CELL_SEPARATOR`s, as a reader reads a row.) */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'caption', 'tr',
  'blockquote', 'pre', 'br', 'hr', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'body',
]);
/** ARIA landmarks and widgets that are page chrome rather than the article. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'toolbar']);
/** Class and id words that mark chrome on pages built from plain divs: menus, cookie banners, share bars, related links, comments. */
const CHROME_WORDS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|cookies?|consent|gdpr|newsletter|subscribe|subscription|social|related|recommended|sidebar|comments?|commentlist|promo|advert|advertisement|ads?|popup|modal|paywall|skip-link|site-header|site-footer)(?=$|[\s_-])/i;

/**
 * Share buttons: the class or id word "share" or "sharing" alone, or "share-bar", "share_tools", "share-count",
 * "social-share" and the like, also after a namespace of a component, a script or a share service ("c-share", "js-share", "fb-share",
 * "ssb-share"); not a table of a share of
 * something ("regional-share", "vote-share", "ev-share", "tax-share").
 */
const SHARE_CHROME = /(?:^|\s)(?:(?:c|o|u|js|fb|tw|li|ssb|sm|st|a2a|addthis|social)[-_])?(?:share|sharing|sharebar|social[-_]share|(?:share|sharing)[-_](?:bar|buttons?|links?|tools?|icons?|widget|this|box|menu|panel|container|wrapper|counts?))(?=$|\s)/i;

/**
 * The page's own commentary, named by who gives it ("ceo-comment", "editor-comment", "expert_comment"): its text, where
 * "comment" with any other word ("comment-item", "user-comment", "comment_wrapper") is a reader's.
 */
const OWN_COMMENT = /(?:^|\s)(?:ceo|cfo|coo|cto|chief|chief[-_]executive|chief[-_]financial|chair|chairman|chairwoman|president|director|founder|partner|editor|editors|editorial|expert|analyst|author|minister|official|management|executive|spokesperson|spokesman|spokeswoman|leader|mayor|governor)[-_]comment(?:ary|s)?(?=$|\s)/i;

/** Class and id words of the article itself: an element that has one is never taken for chrome ("post-content has-comments"). */
const CONTENT_WORDS = /(?:^|[\s_-])(?:article|body|content|entry|main|post|story|text|prose)(?=$|[\s_-])/i;

/**
 * Whether an element is chrome: a chrome tag (2), or a landmark role, hidden state or class and id
 * words (1; these are guesses, undone when they leave a page without text). 0 when it is not chrome.
 */
function chromeKind(name: string, attrs: Record<string, string>): 0 | 1 | 2 {
  if (SKIP.has(name)) return 2;
  return isLikelyChrome(name, attrs) ? 1 : 0;
}

function isLikelyChrome(name: string, attrs: Record<string, string>): boolean {
  if (name === 'article' || name === 'main' || name === 'body' || name === 'html') return false;
  if (attrs.role !== undefined && CHROME_ROLES.has(attrs.role.toLowerCase())) return true;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true' || (attrs.style !== undefined && /display\s*:\s*none/i.test(attrs.style))) return true;
  const words = (attrs.class ?? '') + ' ' + (attrs.id ?? '');
  return words.length > 1 && (CHROME_WORDS.test(words) || SHARE_CHROME.test(words)) && !OWN_COMMENT.test(words) && !CONTENT_WORDS.test(words);
}

/** An aside whose text is more than this share links is a box of links (related stories, more from the site): chrome. */
const LINKS_MOSTLY = 0.5;

const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

export interface HtmlRead {
  meta: SourceMeta;
  extracted: ExtractedText;
  /** Tags nested deeper than MAX_HTML_DEPTH, read as text (blanked) rather than as elements. */
  flattened: number;
}

/** Deeper than any real page: htmlparser2's work per tag grows with the depth, so a hostile page would be quadratic. */
export const MAX_HTML_DEPTH = 512;

const SCRIPT_END = /<\/script/gi;
const STYLE_END = /<\/style/gi;

/** Elements that close themselves or are closed by the next of their kind: they do not deepen a page. */
const NON_NESTING = new Set([...VOID, 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/**
 * `html` with every tag past `max` levels of nesting blanked (replaced by spaces, so offsets hold),
 * in one linear pass: what those tags enclose is read as text of the element at depth `max`.
 * Comments and the content of script and style elements are passed over.
 */
export function flattenDeepTags(html: string, max = MAX_HTML_DEPTH): { html: string; flattened: number } {
  const re = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  let depth = 0;
  let over = 0;
  let flattened = 0;
  const parts: string[] = [];
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!m[2]) continue;
    const name = m[2].toLowerCase();
    if (!m[1] && (name === 'script' || name === 'style')) {
      // Skip to the element's end: its text may hold anything.
      const close = name === 'script' ? SCRIPT_END : STYLE_END;
      close.lastIndex = re.lastIndex;
      const end = close.exec(html);
      re.lastIndex = end ? end.index : html.length;
      continue;
    }
    if (m[3] || NON_NESTING.has(name)) continue;
    let blank = false;
    if (!m[1]) {
      if (depth >= max) {
        over++;
        blank = true;
      } else depth++;
    } else if (over > 0) {
      over--;
      blank = true;
    } else if (depth > 0) depth--;
    if (blank) {
      flattened++;
      parts.push(html.slice(last, m.index), ' '.repeat(m[0].length));
      last = m.index + m[0].length;
    }
  }
  if (flattened === 0) return { html, flattened };
  parts.push(html.slice(last));
  return { html: parts.join(''), flattened };
}

/** White space other than a single space: a line break, a tab, a space of another kind, or two spaces in a row. */
const OTHER_SPACE = /[^\S ]| {2}/;

/**
 * Extracts text from `html`, whose first character is at `baseOffset` in the file.
 * `skipChrome` is false for HTML fragments inside JSON exports, which have no chrome.
 */
export function readHtml(source: string, baseOffset = 0, skipChrome = true): HtmlRead {
  const { html, flattened } = flattenDeepTags(source);
  const meta: SourceMeta = {};
  const all = new TextBuilder();
  /** The text without chrome tags only: the fallback when the guesses by role, class and id leave too little. */
  const loose = new TextBuilder();
  let tagSkipDepth = 0;
  const article = new TextBuilder();
  let skipDepth = 0;
  let articleDepth = 0;
  let inTitle = false;
  let title = '';
  /** Open elements, with whether each started chrome or an article (so closing one, or several implied, undoes exactly that). */
  const stack: { name: string; skip: 0 | 1 | 2; article: boolean }[] = [];
  const metas: Record<string, string> = Object.create(null);
  /** The page's schema.org JSON-LD blocks (publisher, author and dates that many pages give only there). */
  const ldBlocks: string[] = [];
  let inLd = false;
  /** For each table row open, how many of its cells have started. */
  const rowCells: number[] = [];
  /**
   * For each table open, how many rows more each column is taken by a cell above that spans rows ("rowspan"), and the
   * column the open row is at: such a column's place in a row is kept as an empty cell, so that a row's cells stay
   * under their headers (a header of two lines whose first cells span both: "Region | Revenue | Staff", "(£m)").
   */
  const spans: { left: number[]; col: number }[] = [];
  const emptyCell = (at: number) => {
    if (rowCells.length && rowCells[rowCells.length - 1]++ > 0) pushText(CELL_SEPARATOR, at);
  };
  /** The columns taken from above at the open row's place (`upTo`: up to that column; else all left in the row). */
  const spannedCells = (at: number, upTo?: number) => {
    const t = spans[spans.length - 1];
    if (!t) return;
    while ((upTo === undefined ? t.left.slice(t.col).some((n) => n > 0) : (t.left[t.col] ?? 0) > 0)) {
      if ((t.left[t.col] ?? 0) > 0) t.left[t.col]--;
      emptyCell(at);
      t.col++;
    }
  };
  /** The last text read, and whether an inline element closed right after a digit of it (`onclosetag`). */
  let lastText = '';
  let closedAfterDigit = false;
  /** How many links are open (text inside one is a link's). */
  let linkDepth = 0;
  /** Each aside open (not chrome by its tag's words): where the text was when it opened, and how much of its text is links'. */
  const asides: { marks: TextMark[]; text: number; links: number }[] = [];

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        // A quotation's or a figure's footer is its attribution ("Owen Threlfall, Managing Director"), and an article's
        // header its title, byline and score box: the page's own text, not the site's header and footer.
        const owned = (name === 'footer' || name === 'header') && stack.some((e) => e.name === 'blockquote' || e.name === 'figure' || (name === 'header' && e.name === 'article'));
        const skip = skipChrome && !VOID.has(name) ? (owned ? (isLikelyChrome(name, attrs) ? 1 : 0) : chromeKind(name, attrs)) : 0;
        const isArticle = skipChrome && (name === 'article' || name === 'main' || (attrs.role ?? '').toLowerCase() === 'main');
        if (!VOID.has(name)) stack.push({ name, skip, article: isArticle });
        if (name === 'title' && !inBody()) inTitle = true;
        if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') {
          inLd = true;
          ldBlocks.push('');
        }
        if (name === 'meta') {
          const key = (attrs.property || attrs.name || attrs.itemprop || '').toLowerCase();
          if (key && attrs.content) metas[key] ??= attrs.content;
        }
        if (name === 'link' && (attrs.rel || '').toLowerCase() === 'canonical' && attrs.href) metas['canonical'] ??= attrs.href;
        if (skip) skipDepth++;
        if (skip === 2) tagSkipDepth++;
        if (isArticle && !VOID.has(name)) articleDepth++;
        if (BLOCK.has(name)) breakBlock();
        if (name === 'a') linkDepth++;
        // An exponent after a number ("10<sup>24</sup>") is written as one: "10^24", not "1024".
        if (name === 'sup' && /\d$/.test(lastText)) pushText('^', baseOffset + parser.startIndex);
        if (name === 'aside' && !skip) asides.push({ marks: [all.mark(), article.mark(), loose.mark()], text: 0, links: 0 });
        if (name === 'table') spans.push({ left: [], col: 0 });
        if (name === 'tr') {
          rowCells.push(0);
          if (spans.length) spans[spans.length - 1].col = 0;
        } else if ((name === 'td' || name === 'th') && rowCells.length) {
          const at = baseOffset + parser.startIndex;
          spannedCells(at, 0);
          emptyCell(at);
          const t = spans[spans.length - 1];
          if (t) {
            // (Bounded: a table of a hostile page's "rowspan=1000 colspan=1000" cells keeps at most 64 columns spanned.)
            const down = Math.min(Number(attrs.rowspan) || 1, 1000);
            const across = Math.min(Math.max(Number(attrs.colspan) || 1, 1), 64);
            if (down > 1) for (let k = 0; k < across && t.col + k < 64; k++) t.left[t.col + k] = down - 1;
            t.col += across;
          }
        }
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Pop to the matching open tag, undoing what each popped element started.
        let at = -1;
        for (let i = stack.length - 1; i >= 0; i--) if (stack[i].name === name) { at = i; break; }
        while (at !== -1 && stack.length > at) {
          const e = stack.pop()!;
          if (e.skip) skipDepth--;
          if (e.skip === 2) tagSkipDepth--;
          if (e.article) articleDepth--;
          if (e.name === 'a') linkDepth = Math.max(0, linkDepth - 1);
          if (e.name === 'aside' && !e.skip) {
            // A box mostly of links is taken out again.
            const box = asides.pop();
            if (box && box.links > LINKS_MOSTLY * box.text) [all, article, loose].forEach((b, i) => b.undo(box.marks[i]));
          }
        }
        if (name === 'title') inTitle = false;
        if (name === 'script') inLd = false;
        // A number that ends an element, then a word in the next ("<span>8.1</span><span>Recommended</span>"): two boxes
        // on the page, read apart. (Letters run on across elements, as a drop cap's "<span>T</span>he" does.)
        if (!BLOCK.has(name)) closedAfterDigit = /\d$/.test(lastText);
        if (name === 'tr') {
          spannedCells(baseOffset + parser.startIndex);
          rowCells.pop();
        }
        if (name === 'table') spans.pop();
        if (BLOCK.has(name)) breakBlock();
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (inLd) {
          ldBlocks[ldBlocks.length - 1] += data;
          return;
        }
        if (tagSkipDepth > 0) return;
        const start = baseOffset + parser.startIndex;
        if (!data.trim()) {
          if (data) pushSpace(start);
          return;
        }
        // A run of white space is read as one space; the text after a longer run starts a segment
        // of its own, so offsets past the run still map back to the file.
        // (Text with no white space but single spaces, most of a page's, is taken as it is.)
        if (!OTHER_SPACE.test(data)) return pushText(data, start);
        let from = 0;
        for (const m of data.matchAll(/\s{2,}/g)) {
          pushText(data.slice(from, m.index).replace(/\s/g, ' '), start + from);
          pushSpace(start + m.index!);
          from = m.index! + m[0].length;
        }
        pushText(data.slice(from).replace(/\s/g, ' '), start + from);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  function inBody(): boolean {
    return stack.some((e) => e.name === 'body');
  }
  function breakBlock(): void {
    all.breakBlock();
    article.breakBlock();
    loose.breakBlock();
  }
  function pushText(value: string, start: number): void {
    if (closedAfterDigit && /^\p{L}/u.test(value)) {
      closedAfterDigit = false;
      pushText(' ', start);
    }
    closedAfterDigit = false;
    if (value) lastText = value;
    if (asides.length) {
      const n = value.trim().length;
      for (const box of asides) {
        box.text += n;
        if (linkDepth > 0) box.links += n;
      }
    }
    loose.push(value, start);
    if (skipDepth > 0) return;
    all.push(value, start);
    if (articleDepth > 0) article.push(value, start);
  }
  function pushSpace(start: number): void {
    pushText(' ', start);
  }
  parser.write(html);
  parser.end();

  const articleText = article.finish();
  // Prefer the <article>/<main> text when a page has one of real length; else all non-chrome text.
  let extracted = articleText.text.trim().length > 200 ? articleText : all.finish();
  // Guessed chrome (a wrapper with "site-header-fixed" on it) must not swallow the page.
  if (extracted.text.trim().length < 200) {
    const fallback = loose.finish();
    if (fallback.text.trim().length > 2 * Math.max(100, extracted.text.trim().length)) extracted = fallback;
  }
  const ld = linkedData(ldBlocks);
  meta.title = clean(metas['og:title'] || ld.headline || title || metas['twitter:title']);
  meta.author = clean(metas['author'] || ld.author || metas['article:author'] || metas['parsely-author'] || metas['dc.creator']);
  meta.publisher = clean(metas['og:site_name'] || ld.publisher || metas['publisher'] || metas['application-name']) ?? siteInTitle(clean(title), meta.title);
  meta.date = clean(metas['article:published_time'] || ld.datePublished || metas['date'] || metas['pubdate'] || metas['dc.date'] || metas['datepublished']);
  meta.url = clean(metas['canonical'] || metas['og:url'] || ld.url);
  return { meta, extracted, flattened };
}

/**
 * The site's name a page's <title> gives beside its headline: "Office vacancy hits decade high | The Marrowick
 * Courier", "The Marrowick Courier - Office vacancy …" (the headline from the page's own meta or its <title>).
 */
function siteInTitle(title: string | undefined, headline: string | undefined): string | undefined {
  if (!title || !headline) return undefined;
  const parts = title.split(/\s+[|–—·:-]\s+|\s+::\s+/);
  // ("Item 5: Former Calder Dairy | Planning Committee 12 March 2025 | Harrowmere District Council": the last of three or
  // more, when it reads as a name: capitalised words, no figure, not a section's word, "News", "Page 2", "Login".)
  if (parts.length >= 3) {
    const last = parts[parts.length - 1];
    return last.length <= 60 && !/\d/.test(last) && /^\p{Lu}/u.test(last) && !/^(?:news|home|login|log in|sign in|blog|opinion|sport|sports|business|world|page|search|menu|index|archive|latest)$/i.test(last.trim()) ? last : undefined;
  }
  if (parts.length !== 2) return undefined;
  if (title === headline) return undefined;
  const [a, b] = parts;
  const site = a === headline ? b : b === headline ? a : undefined;
  return site && site.length <= 60 ? site : undefined;
}

function clean(s: string | undefined): string | undefined {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v || undefined;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|WebPage|Blog)$/;

/** A JSON-LD name: a string, an object's `name`, or the names of a list, joined. */
function ldName(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return undefined;
}

/**
 * The article fields of the page's schema.org JSON-LD: the first object whose @type is an
 * article (or web page), looked for at the top, in lists and in @graph. Blocks that are not
 * valid JSON are passed over.
 */
function linkedData(blocks: string[]): { headline?: string; author?: string; publisher?: string; datePublished?: string; url?: string } {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const b of blocks) {
    try {
      visit(JSON.parse(b), 0);
    } catch {
      // Not JSON: the page's own mistake, and only a fallback for metadata.
    }
  }
  // An article beats the web page that holds it.
  const o = found.find((x) => !/^(?:WebPage|Blog)$/.test(String(x['@type']))) ?? found[0];
  if (!o) return {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { headline: str(o.headline) ?? str(o.name), author: ldName(o.author), publisher: ldName(o.publisher), datePublished: str(o.datePublished), url: str(o.url) };
}
