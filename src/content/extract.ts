/** What the classifier reads from a page: title, meta, headings, visible text, alt text, query. */

const QUERY_PARAMS = ['q', 'query', 'search_query', 'p', 'text', 'k', 'keyword', 'tu-khoa'];
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME']);

/** The search query in a URL, if the page is a search page. */
export function searchQueryOf(href: string): string | undefined {
  try {
    const url = new URL(href);
    for (const name of QUERY_PARAMS) {
      const value = url.searchParams.get(name);
      if (value && value.trim()) return value.trim().slice(0, 500);
    }
  } catch {
    // not a URL: no query
  }
  return undefined;
}

export function pageHeader(doc: Document): string {
  const parts = [doc.title];
  const description = doc.querySelector('meta[name="description" i]')?.getAttribute('content');
  if (description) parts.push(description);
  for (const heading of doc.querySelectorAll('h1, h2, h3')) {
    if (parts.length > 40) break;
    parts.push(heading.textContent ?? '');
  }
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Visible text under `root`, at most `budget` characters, walking text nodes without forcing
 * layout (no innerText), so a 10 MB page costs one bounded walk.
 */
export function visibleText(root: Node, budget: number, seen?: WeakSet<Node>): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (SKIP_TAGS.has(el.tagName) || el.hasAttribute('hidden')) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const out: string[] = [];
  let used = 0;
  for (let node = walker.nextNode(); node && used < budget; node = walker.nextNode()) {
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    const value = node.nodeValue?.trim();
    if (!value) continue;
    const piece = value.slice(0, budget - used);
    out.push(piece);
    used += piece.length + 1;
  }
  if (root.nodeType === Node.ELEMENT_NODE || root.nodeType === Node.DOCUMENT_NODE) {
    const parent = root as Element | Document;
    for (const img of parent.querySelectorAll('img[alt]')) {
      if (used >= budget) break;
      const alt = img.getAttribute('alt')?.trim();
      if (alt) {
        out.push(alt);
        used += alt.length + 1;
      }
    }
  }
  return out.join('\n');
}
