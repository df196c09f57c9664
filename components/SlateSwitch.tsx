import type { Slate } from '../lib/corpus-schema.ts';
import { Switch } from './Switch.tsx';

// Shows or hides one slate's highlights; the swatch is the slate's highlight colour.
export function SlateSwitch({
  slate,
  colour,
  shown,
  onToggle,
}: {
  slate: Slate;
  colour: string;
  shown: boolean;
  onToggle: (shown: boolean) => void;
}) {
  return (
    <Switch name={`slate-${slate.id}`} checked={shown} onToggle={onToggle}>
      <span class="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
      {slate.name}
    </Switch>
  );
}
