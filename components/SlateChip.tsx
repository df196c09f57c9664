import type { Slate } from '../lib/corpus/corpus-schema.ts';

export function SlateChip({ slate, colour }: { slate: Slate; colour?: string }) {
  return (
    <span class="slate-chip" style={{ '--slate-colour': colour ?? slate.colour }} data-slate={slate.id}>
      {slate.name}
    </span>
  );
}
