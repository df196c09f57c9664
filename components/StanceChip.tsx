import type { Stance } from '../lib/corpus/corpus-schema.ts';
import { STANCE_LABELS } from '../lib/corpus/format-source.ts';
import { STANCE_GLYPHS } from '../lib/popover/answer-groups.ts';

// A stance told apart by its word and a shape, never by colour alone.
export function StanceChip({ stance }: { stance: Stance }) {
  return (
    <span class={`stance stance-${stance}`} data-stance={stance}>
      <span class="stance-glyph" aria-hidden="true">
        {STANCE_GLYPHS[stance]}
      </span>
      {STANCE_LABELS[stance]}
    </span>
  );
}
