import { closestExcluded, isExcludedElement } from './exclusions.ts';
import { elementOf, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './node-kinds.ts';

// One TreeWalker pass over a subtree: the text the reader sees, as one string with BLOCK_BREAK
// between blocks, and a map from every string offset back to its text node.

/**
 * Between blocks: the character the matcher (lib/match/normalise.ts) reads as a block boundary.
 * Declared here, not imported from there, so the content script does not build the normaliser's
 * tables in every page; test/dom/text-map.test.ts checks the two are the same character.
 */
export const BLOCK_BREAK = '\u2029';

// Elements that start a new block of text. Tag names, not computed styles: reading styles for
// every element would cost a layout per page, and these tags are block-level on real sites.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface TextMap {
  /** The text of every mapped node, BLOCK_BREAK between blocks, a space for each <br>. */
  text: string;
  nodes: Text[];
  /** Each node's text as it was read: a node whose text differs since has changed. */
  data: string[];
  /** Offset in `text` of each node's first character taken. */
  starts: number[];
  /**
   * Offset in the node's text of the first character taken: 0, except for a node too long for one
   * segment, which is handed out in pieces.
   */
  offsets: number[];
  /**
   * Hits starting at or past this offset of `text` belong to the next segment, which reads that
   * text again (the overlap after a piece of a long node, so a claim across the cut is found).
   */
  ownedLength: number;
}

/** Text a piece of a long node shares with the next piece: longer than any claim a hit covers. */
export const PIECE_OVERLAP = 1_000;

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
function isExcluded(node: Node): boolean {
  const element = elementOf(node);
  return element !== null && closestExcluded(element) !== null;
}

/** A segment as it is built: the text of the nodes added so far and where each starts. */
class SegmentBuilder {
  readonly nodes: Text[] = [];
  readonly data: string[] = [];
  readonly starts: number[] = [];
  readonly offsets: number[] = [];
  private readonly parts: string[] = [];
  length = 0;
  /** Text at the end read again by the next segment (see TextMap.ownedLength). */
  overlap = 0;
  private lastBlock: Element | null = null;

  /** True when `block` would start a new block after text already added. */
  startsNewBlock(block: Element): boolean {
    return this.lastBlock !== null && block !== this.lastBlock;
  }

  /** A line break separates words even where the markup has no space around it ("word<br>word"). */
  addLineBreak(block: Element): void {
    if (this.lastBlock === null || block !== this.lastBlock) return;
    this.parts.push(' ');
    this.length += 1;
  }

  /**
   * `data` is the node's text, read once by the caller: each read crosses into the browser. `from`
   * and `to` take a piece of it.
   */
  addText(node: Text, data: string, block: Element, from = 0, to = data.length): void {
    if (this.startsNewBlock(block)) {
      this.parts.push(BLOCK_BREAK);
      this.length += 1;
    }
    this.lastBlock = block;
    this.nodes.push(node);
    this.data.push(data);
    this.starts.push(this.length);
    this.offsets.push(from);
    this.parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
    this.length += to - from;
  }

  toMap(): TextMap {
    const text = this.parts.join('');
    return {
      text,
      nodes: this.nodes,
      data: this.data,
      starts: this.starts,
      offsets: this.offsets,
      ownedLength: text.length - this.overlap,
    };
  }
}

export interface TextCollectorOptions {
  /** Called for each open shadow root met on the walk: its text is not in the light tree's. */
  onShadowRoot?: (shadowRoot: ShadowRoot) => void;
}

/**
 * Reads a subtree's text in document order, in segments that end at block boundaries, so a long
 * page can be matched and painted a piece at a time between yields to the page. The walk resumes
 * where it stopped; if the page removed the node it stopped at, it starts again at the nearest
 * block still in place (re-reading text is harmless: the painter replaces what a segment covers).
 */
export class TextCollector {
  private readonly walker: TreeWalker | null;
  private readonly blockCache = new Map<Element, Element>();
  /**
   * Nodes read from the walker but not handed out yet (the first node of the next segment, and what
   * `peekText` read): the next segment starts with them. Their text is read when they are handed out.
   */
  private readonly ahead: Node[] = [];
  private aheadIndex = 0;
  /** The node `read` returned last and whether it came from `ahead`, for `unread`. */
  private lastRead: Node | null = null;
  private lastReadAhead = false;
  private walked = false;
  /** The walker's position and its ancestors when the last segment was handed out, deepest first. */
  private trail: Node[] = [];
  /** A node too long for one segment, being handed out in pieces: where its next piece starts. */
  private long: { node: Text; data: string; block: Element; next: number; readTo: number } | null = null;

  constructor(
    private readonly root: Node,
    private readonly options: TextCollectorOptions = {},
  ) {
    // No filter callback: calling back into script for every node costs more than the walk.
    // Excluded subtrees are skipped by hand (walk).
    this.walker = isExcluded(root)
      ? null
      : (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  }

  /** False once the last segment has been handed out. */
  get hasMore(): boolean {
    return (
      this.walker !== null && (this.long !== null || !this.walked || this.aheadIndex < this.ahead.length)
    );
  }

  /**
   * The next segment of at least `minLength` characters (less at the end), or null when done. A
   * text node over twice that comes in pieces of about `minLength`, each a segment of its own.
   */
  next(minLength = Infinity): TextMap | null {
    this.recoverFromRemoval();
    const segment = new SegmentBuilder();
    if (this.long !== null && !this.takePiece(segment, minLength)) {
      this.rememberPosition();
      return segment.toMap();
    }
    for (let node = this.read(); node !== null; node = this.read()) {
      const block = blockOf(node, this.blockCache);
      if (node.nodeType !== TEXT_NODE) {
        segment.addLineBreak(block);
        continue;
      }
      const text = node as Text;
      const data = text.data;
      if (data.length === 0) continue;
      if (segment.length >= minLength && segment.startsNewBlock(block)) {
        this.unread();
        break;
      }
      if (data.length > 2 * minLength) {
        // A long node starts a segment of its own, so its pieces are the size asked for.
        if (segment.length > 0) {
          this.unread();
          break;
        }
        this.long = { node: text, data, block, next: 0, readTo: 0 };
        if (!this.takePiece(segment, minLength)) break;
        continue;
      }
      segment.addText(text, data, block);
    }
    this.rememberPosition();
    return segment.nodes.length === 0 ? null : segment.toMap();
  }

  /**
   * Adds the long node's next piece, cut at a space, with the next piece starting PIECE_OVERLAP
   * before its end; true when that was the last.
   */
  private takePiece(segment: SegmentBuilder, minLength: number): boolean {
    const long = this.long as NonNullable<typeof this.long>;
    const { data, next } = long;
    if (data.length - next <= 2 * minLength) {
      segment.addText(long.node, data, long.block, next, data.length);
      this.long = null;
      return true;
    }
    const end = cutAtSpace(data, next + minLength + PIECE_OVERLAP, next + minLength);
    const following = cutAtSpace(data, end - PIECE_OVERLAP, next + 1);
    segment.addText(long.node, data, long.block, next, end);
    segment.overlap = end - following;
    long.next = following;
    long.readTo = end;
    return false;
  }

  /**
   * At least `minLength` characters of the text after the last segment (less at the end), without
   * handing it out: context for matching the segment before it.
   */
  peekText(minLength: number): string {
    if (this.long !== null) return this.long.data.slice(this.long.readTo, this.long.readTo + minLength);
    const segment = new SegmentBuilder();
    for (let index = this.aheadIndex; segment.length < minLength; index++) {
      if (index === this.ahead.length) {
        const node = this.walk();
        if (node === null) break;
        this.ahead.push(node);
      }
      const node = this.ahead[index] as Node;
      const block = blockOf(node, this.blockCache);
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        // Context needs no more than the start of a long node.
        segment.addText(node as Text, data, block, 0, Math.min(data.length, minLength + PIECE_OVERLAP));
      } else segment.addLineBreak(block);
    }
    this.rememberPosition();
    return segment.toMap().text;
  }

  private rememberPosition(): void {
    this.trail = [];
    if (this.walker === null || this.walked) return;
    for (
      let node: Node | null = this.walker.currentNode;
      node !== null && node !== this.root;
      node = node.parentNode
    ) {
      this.trail.push(node);
    }
  }

  /** After a yield: if the page removed where the walk stood, go on from the nearest block left. */
  private recoverFromRemoval(): void {
    const walker = this.walker;
    if (walker === null || this.walked) return;
    const root = this.root;
    if (this.long !== null && !root.contains(this.long.node)) this.long = null;
    if (!root.isConnected) {
      this.walked = true;
      this.ahead.length = 0;
      return;
    }
    if (root.contains(walker.currentNode)) {
      // Nodes read ahead that the page removed since are dropped; the rest still come in order.
      const kept = this.ahead.slice(this.aheadIndex).filter((node) => root.contains(node));
      this.ahead.length = 0;
      this.ahead.push(...kept);
      this.aheadIndex = 0;
      return;
    }
    this.ahead.length = 0;
    this.aheadIndex = 0;
    const survivor = this.trail.find((node) => root.contains(node));
    const block = survivor === undefined ? null : blockOf(survivor, this.blockCache);
    walker.currentNode = block !== null && block !== root && root.contains(block) ? block : root;
  }

  private read(): Node | null {
    if (this.aheadIndex < this.ahead.length) {
      this.lastReadAhead = true;
      return this.ahead[this.aheadIndex++] as Node;
    }
    if (this.ahead.length > 0) {
      this.ahead.length = 0;
      this.aheadIndex = 0;
    }
    this.lastReadAhead = false;
    this.lastRead = this.walk();
    return this.lastRead;
  }

  /** Puts the node `read` returned last back: it starts the next segment. */
  private unread(): void {
    if (this.lastReadAhead) this.aheadIndex--;
    else if (this.lastRead !== null) this.ahead.push(this.lastRead);
  }

  /** The next text node or <br> in document order, outside excluded subtrees. */
  private walk(): Node | null {
    const walker = this.walker;
    if (walker === null || this.walked) return null;
    let node = walker.nextNode();
    while (node !== null && node.nodeType !== TEXT_NODE) {
      const element = node as Element;
      if (element.localName === 'br') return element;
      if (isExcludedElement(element)) {
        node = skipSubtree(walker);
        continue;
      }
      if (element.shadowRoot !== null) this.options.onShadowRoot?.(element.shadowRoot);
      node = walker.nextNode();
    }
    if (node === null) this.walked = true;
    return node;
  }
}

/**
 * Up to about `minLength` characters of the text just before or just after `target` within `root`
 * (block breaks between blocks): context for matching a subtree rescanned on its own.
 */
export function textBeside(target: Node, root: Node, side: 'before' | 'after', minLength: number): string {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, SHOW_TEXT);
  walker.currentNode = target;
  // Backwards, the walk never enters the target; forwards, it starts past the target's subtree.
  const step = (): Node | null => (side === 'before' ? walker.previousNode() : walker.nextNode());
  const nodes: Text[] = [];
  let length = 0;
  for (
    let node = side === 'before' ? step() : skipSubtree(walker);
    node !== null && length < minLength;
    node = step()
  ) {
    if (isExcluded(node)) continue;
    nodes.push(node as Text);
    length += (node as Text).data.length;
  }
  // Joined in document order as a segment is, block breaks and all.
  if (side === 'before') nodes.reverse();
  const segment = new SegmentBuilder();
  for (const node of nodes) {
    const data = node.data;
    if (data.length > 0) segment.addText(node, data, blockOf(node));
  }
  return segment.toMap().text;
}

/** Moves the walker past the current node's subtree: to its next sibling, or an ancestor's. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

/**
 * Where to cut `data` near `at`: after the last space before it, not before `floor` (a run of
 * text with no space is cut where it stands).
 */
function cutAtSpace(data: string, at: number, floor: number): number {
  const space = data.lastIndexOf(' ', at - 1);
  return space >= floor ? space + 1 : at;
}

/** A subtree's whole text in one map. */
export function collectText(root: Node): TextMap {
  return (
    new TextCollector(root).next() ?? {
      text: '',
      nodes: [],
      data: [],
      starts: [],
      offsets: [],
      ownedLength: 0,
    }
  );
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
  return {
    index: low,
    node: map.nodes[low] as Text,
    offset: offset - (map.starts[low] as number) + (map.offsets[low] as number),
  };
}
