import { BLOCK_BREAK } from '../normalise.ts';
import { EXCLUDED, isExcludedElement } from './exclusions.ts';
import { elementOf, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './node-kinds.ts';

// One TreeWalker pass over a subtree: the text the reader sees, as one string with BLOCK_BREAK
// between blocks, and a map from every string offset back to its text node.

// Elements that start a new block of text. Tag names, not computed styles: reading styles for
// every element would cost a layout per page, and these tags are block-level on real sites.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextMap {
  /** The text of every mapped node, BLOCK_BREAK between blocks, a space for each <br>. */
  text: string;
  nodes: Text[];
  /** Offset in `text` of each node's first character. */
  starts: number[];
  /** The block element each node belongs to. */
  blocks: Element[];
}

export interface NodePosition {
  index: number;
  node: Text;
  offset: number;
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

export function blockOf(node: Node, cache?: Map<Element, Element>): Element {
  let element = elementOf(node);
  const start = element;
  while (element !== null && !isBlockElement(element)) {
    const known = cache?.get(element);
    if (known !== undefined) {
      element = known;
      break;
    }
    element = element.parentElement;
  }
  const block = element ?? node.ownerDocument?.documentElement ?? (node as Element);
  if (cache !== undefined && start !== null) cache.set(start, block);
  return block;
}

/** True when the node is inside a part of the page the extension must not touch. */
export function isExcluded(node: Node): boolean {
  const element = elementOf(node);
  return element !== null && element.closest(EXCLUDED) !== null;
}

/**
 * Reads a subtree's text in document order, in segments that end at block boundaries, so a long
 * page can be matched and highlighted a piece at a time between yields to the page. The walk
 * resumes where it stopped; marking text in earlier segments does not disturb it.
 */
export class TextCollector {
  private readonly walker: TreeWalker | null;
  private readonly blockCache = new Map<Element, Element>();
  /**
   * The node read past the end of the last segment: the first of the next one. The walker stays
   * parked on it (ahead of every node handed out), so marking a segment never puts new nodes in
   * the walker's path.
   */
  private carried: Text | null = null;
  private exhausted = false;

  constructor(root: Node) {
    // No filter callback: calling back into script for every node costs more than the walk.
    // Excluded subtrees are skipped by hand (advance).
    this.walker = isExcluded(root)
      ? null
      : (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  }

  /** The next text node or <br> in document order, outside excluded subtrees. */
  private advance(walker: TreeWalker): Node | null {
    let node = walker.nextNode();
    while (node !== null && node.nodeType !== TEXT_NODE) {
      const element = node as Element;
      if (element.localName === 'br') return element;
      node = isExcludedElement(element) ? skipSubtree(walker) : walker.nextNode();
    }
    return node;
  }

  /** False once the walk has reached the end: the last segment has been handed out. */
  get hasMore(): boolean {
    return this.walker !== null && !this.exhausted;
  }

  /** The next segment of at least `minLength` characters (less at the end), or null when done. */
  next(minLength = Infinity): TextMap | null {
    const walker = this.walker;
    if (walker === null || this.exhausted) return null;
    const nodes: Text[] = [];
    const starts: number[] = [];
    const blocks: Element[] = [];
    const parts: string[] = [];
    let length = 0;
    let lastBlock: Element | null = null;

    for (let node = this.carried ?? this.advance(walker); node !== null; node = this.advance(walker)) {
      this.carried = null;
      if (node.nodeType !== TEXT_NODE) {
        // A line break separates words even where the markup has no space around it ("word<br>word").
        if (lastBlock !== null && blockOf(node, this.blockCache) === lastBlock) {
          parts.push(' ');
          length += 1;
        }
        continue;
      }
      const text = node as Text;
      const data = text.data;
      if (data.length === 0) continue;
      const block = blockOf(text, this.blockCache);
      if (block !== lastBlock) {
        if (lastBlock !== null) {
          if (length >= minLength) {
            this.carried = text;
            break;
          }
          parts.push(BLOCK_BREAK);
          length += 1;
        }
        lastBlock = block;
      }
      nodes.push(text);
      starts.push(length);
      blocks.push(block);
      parts.push(data);
      length += data.length;
    }
    if (this.carried === null) this.exhausted = true;
    if (nodes.length === 0) return null;
    return { text: parts.join(''), nodes, starts, blocks };
  }
}

/** Moves the walker past the current node's subtree: to its next sibling, or an ancestor's. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

/** A subtree's whole text in one map. */
export function collectText(root: Node): TextMap {
  return new TextCollector(root).next() ?? { text: '', nodes: [], starts: [], blocks: [] };
}

/** The text node holding `offset` of the map's text (the last node starting at or before it). */
export function positionOf(map: TextMap, offset: number): NodePosition {
  let low = 0;
  let high = map.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((map.starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { index: low, node: map.nodes[low] as Text, offset: offset - (map.starts[low] as number) };
}
