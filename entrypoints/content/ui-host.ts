import { UI_HOST_TAG } from '../../lib/dom/exclusions.ts';

// The element the popover lives in: a shadow root on a host element of our own, held in place
// with inline `!important` styles (they beat any page rule), keys typed inside kept from the
// page's listeners. Where the page has defined an element of our name, the host takes a name
// with a random suffix: the page's element class must never run on it.

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  /** Puts the host back in the page if the page removed it (a single-page app replacing <body>). */
  attach(): void;
}

/**
 * Our tag name, unless the page has defined an element of that name (`:defined` is true only for
 * built-in elements and defined custom ones; an isolated world cannot read the page's registry).
 */
function hostName(): string {
  const taken = document.createElement(UI_HOST_TAG).matches(':defined');
  return taken ? `${UI_HOST_TAG}-${crypto.randomUUID().slice(0, 8)}` : UI_HOST_TAG;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'none',
};

export function createUiHost(css: string): UiHost {
  const host = document.createElement(hostName());
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host{all:initial !important;}\n${css}`);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  shadow.append(container);
  for (const type of ['keydown', 'keyup', 'keypress']) {
    shadow.addEventListener(type, (event) => {
      event.stopPropagation();
    });
  }
  const attach = (): void => {
    if (!host.isConnected) ((document.body as HTMLElement | null) ?? document.documentElement).append(host);
  };
  return { host, shadow, container, attach };
}
