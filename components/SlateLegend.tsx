import type { Slate } from '../lib/corpus/corpus-schema.ts';
import { tintFor, WHITE_BACKGROUND } from '../lib/controls/tint.ts';

// The key to the highlights: each slate's name, colour, underline style and what it is.

export function SlateLegend({
  slates,
  colours,
  underlineOf,
}: {
  slates: readonly Slate[];
  colours: Readonly<Record<string, string>>;
  underlineOf: (slateId: string) => string;
}) {
  return (
    <ul class="slate-legend">
      {slates.map((slate) => {
        const colour = colours[slate.id] ?? slate.colour;
        const underline = underlineOf(slate.id);
        return (
          <li key={slate.id} data-slate={slate.id}>
            <h3>
              <span class="slate-chip" style={{ '--slate-colour': colour }}>
                {slate.shortName}
              </span>{' '}
              {slate.name}
            </h3>
            <p>
              <span
                class="legend-sample"
                style={{
                  backgroundColor: tintFor(colour, WHITE_BACKGROUND) ?? undefined,
                  textDecoration: `underline ${underline} ${colour} 2px`,
                  textUnderlineOffset: '3px',
                }}
              >
                A claim {slate.shortName} made
              </span>{' '}
              <span class="legend-cue">
                tinted {colour}, with a <strong>{underline}</strong> underline
              </span>
            </p>
            <p class="slate-description">{slate.description}</p>
          </li>
        );
      })}
    </ul>
  );
}
