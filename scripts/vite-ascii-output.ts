// Escapes every non-ASCII character of the built scripts (`’` becomes `\u2019`). An engine keeps a
// script's source for as long as the script lives, and keeps it at two bytes a character if one
// character needs them: the content script, in every page the reader opens, carried 30 KB more
// for the curly quotes of the slate descriptions. Escapes mean the same in strings, regular
// expressions, template literals and identifiers, and nothing in comments; no script here reads a
// template's raw text. Done when the bundle is written, after minifying, which would write the
// characters back.

const NON_ASCII = /[\u0080-\uffff]/g;

/** `text` with each non-ASCII UTF-16 code unit written as a `\uXXXX` escape. */
export function escapeNonAscii(text: string): string {
  return text.replace(
    NON_ASCII,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The slice of Vite's plugin interface used here, typed locally: WXT bundles its own Vite. */
interface AsciiOutputPlugin {
  name: string;
  generateBundle(options: unknown, bundle: Record<string, { type: string; code?: string }>): void;
}

export function asciiOutputPlugin(): AsciiOutputPlugin {
  return {
    name: 'right-of-reply-ascii-output',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.code !== undefined) output.code = escapeNonAscii(output.code);
      }
    },
  };
}
