import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's "Project layout" is a newcomer's map: every folder of the code and tests is on it,
// and nothing is on it that is gone.

const ROOT = path.resolve(import.meta.dirname, '..');
const MAPPED = ['lib', 'components', 'extension', 'entrypoints', 'scripts', 'test'];

/** The name of every folder under `dir` that holds a file, at any depth (git keeps no empty one). */
function foldersUnder(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const folder = path.relative(path.join(ROOT, dir), entry.parentPath);
      if (folder !== '') for (const name of folder.split(path.sep)) names.add(name);
    }
  }
  return names;
}

/** The folder names (`name/`) the layout's lines give under each top-level folder. */
function layoutFolders(readme: string): Map<string, Set<string>> {
  const section = readme.split('## Project layout')[1] ?? '';
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const folders = new Map<string, Set<string>>();
  let root = '';
  for (const line of block.split('\n')) {
    const top = /^([a-z][\w-]*)\//.exec(line);
    if (top !== null) {
      root = top[1]!;
      folders.set(root, new Set());
    }
    // On a top-level folder's lines, every other `name/` is a folder inside it.
    for (const [, name] of line.matchAll(/(?<![\w./-])([a-z][\w-]*)\/(?![\w'])/g)) {
      if (name !== root) folders.get(root)?.add(name!);
    }
  }
  return folders;
}

describe('the README’s project layout', () => {
  const layout = layoutFolders(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

  it.each(MAPPED)('names every folder under %s/ and no folder it lacks', (top) => {
    expect([...(layout.get(top) ?? [])].sort()).toEqual([...foldersUnder(top)].sort());
  });
});
