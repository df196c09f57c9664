import type { Slate } from '../lib/corpus/corpus-schema.ts';
import { Switch } from './Switch.tsx';

// Shows or hides one slate's highlights; the swatch is the slate's highlight colour.
function SlateSwitch({
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

/** One switch per slate, as the popup and the options page both show them. */
export function SlateSwitches({
  slates,
  colours,
  isShown,
  onToggle,
}: {
  slates: readonly Slate[];
  colours: Record<string, string>;
  isShown: (slateId: string) => boolean;
  onToggle: (slateId: string, shown: boolean) => void;
}) {
  return (
    <>
      {slates.map((slate) => (
        <SlateSwitch
          key={slate.id}
          slate={slate}
          colour={colours[slate.id] ?? slate.colour}
          shown={isShown(slate.id)}
          onToggle={(shown) => {
            onToggle(slate.id, shown);
          }}
        />
      ))}
    </>
  );
}
