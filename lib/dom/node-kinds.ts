// DOM constants and type tests that do not depend on the global `Node`/`Element` of one window,
// so the page layer also runs on documents from another realm (jsdom pages in tests and scripts).

export const TEXT_NODE = 3;
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** The node itself when it is an element, else its parent element. */
export function elementOf(node: Node): Element | null {
  return isElement(node) ? node : node.parentElement;
}
