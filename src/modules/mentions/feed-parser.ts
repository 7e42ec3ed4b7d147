import { SaxesParser } from 'saxes';

/** One item of an RSS 2.0 or Atom feed, as Chuhai keeps it. */
export interface FeedItem {
  /** guid (RSS) or id (Atom), else the link, else the title */
  key: string;
  title: string;
  link: string | null;
  summary: string;
  /** ISO instant, or null when the item gives no date Chuhai can read */
  published: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string;
  language: string | null;
  items: FeedItem[];
}

/** Why a document is not a feed: not XML, or XML whose root is neither <rss> nor <feed>. */
export class NotAFeed extends Error {
  override name = 'NotAFeed';
}

export const MAX_FEED_ITEMS = 2000;
const local = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const stripTags = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function isoOrNull(text: string): string | null {
  if (!text) return null;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Parses an RSS 2.0 or Atom document (saxes, ISC, the project's streaming XML parser). A
 * `<!DOCTYPE>` is refused: feeds do not declare one, and without a DTD no entity can be declared,
 * so entity-expansion bombs and external entities cannot get in. At most 2,000 items are read.
 */
export function parseFeed(xml: string): ParsedFeed {
  const parser = new SaxesParser({ xmlns: false });
  const stack: string[] = [];
  const texts: string[] = [];
  let format: 'rss' | 'atom' | null = null;
  let title = '';
  let language: string | null = null;
  const items: FeedItem[] = [];
  let item: Partial<FeedItem> & { guid?: string; id?: string } = {};
  let inItem = false;
  parser.on('doctype', () => {
    throw new NotAFeed('declares a DTD (<!DOCTYPE>)');
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (!stack.length) {
      if (name === 'rss' || name === 'rdf') format = 'rss';
      else if (name === 'feed') format = 'atom';
      else throw new NotAFeed(`has the root element <${name}>`);
    }
    if (name === 'item' || name === 'entry') {
      inItem = true;
      item = {};
    }
    // Atom links are attributes: the alternate (or first) one is the item's page.
    if (name === 'link' && format === 'atom' && inItem) {
      const rel = String(tag.attributes.rel ?? 'alternate');
      const href = tag.attributes.href;
      if (href && (rel === 'alternate' || !item.link)) item.link = String(href);
    }
    stack.push(name);
    texts.push('');
  });
  const addText = (t: string) => {
    if (texts.length) texts[texts.length - 1] += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const name = stack.pop()!;
    const text = texts.pop()!.trim();
    const parent = stack.at(-1);
    if (inItem && (name === 'item' || name === 'entry')) {
      inItem = false;
      if (items.length < MAX_FEED_ITEMS && (item.title || item.link))
        items.push({
          key: clip(item.guid || item.id || item.link || item.title || '', 500),
          title: clip(stripTags(item.title ?? '') || (item.link ?? ''), 500),
          link: item.link ? clip(item.link, 2000) : null,
          summary: clip(stripTags(item.summary ?? ''), 2000),
          published: item.published ?? null,
        });
      return;
    }
    if (inItem) {
      if (name === 'title') item.title = text;
      else if (name === 'link' && format === 'rss' && text) item.link = text;
      else if (name === 'guid') item.guid = text;
      else if (name === 'id') item.id = text;
      else if (
        name === 'description' ||
        name === 'summary' ||
        (name === 'content' && !item.summary)
      )
        item.summary = text;
      else if (['pubdate', 'published', 'updated', 'date'].includes(name))
        item.published ??= isoOrNull(text) ?? undefined;
      return;
    }
    if (name === 'title' && (parent === 'channel' || parent === 'feed') && !title) title = text;
    if (name === 'language' && parent === 'channel') language = text || null;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof NotAFeed) throw err;
    throw new NotAFeed(`is not well-formed XML (line ${parser.line})`);
  }
  if (!format) throw new NotAFeed('is empty');
  return { format, title: clip(title, 200), language, items };
}
