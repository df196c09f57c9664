/** The id of `key` in `ids`, added as the next id on first sight: words become small integers. */
export function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}
