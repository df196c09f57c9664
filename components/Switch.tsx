import type { ComponentChildren } from 'preact';

// An on/off switch: a real checkbox (keyboard, forms, screen readers) announced as a switch.
export function Switch({
  checked,
  onToggle,
  children,
  name,
}: {
  checked: boolean;
  onToggle: (checked: boolean) => void;
  /** The label. */
  children: ComponentChildren;
  /** Stable hook for styling and tests. */
  name: string;
}) {
  return (
    <label class="switch" data-switch={name}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(event) => {
          onToggle(event.currentTarget.checked);
        }}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{children}</span>
    </label>
  );
}
