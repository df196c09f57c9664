import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

// A scrolling region that shows a "more below" cue while content is hidden under its bottom edge,
// so a reader sees there is more than the first screen.

export function ScrollArea({ class: className, children }: { class: string; children: ComponentChildren }) {
  const area = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [moreBelow, setMoreBelow] = useState(false);
  useEffect(() => {
    const element = area.current;
    const inner = content.current;
    if (element === null || inner === null) return undefined;
    const update = (): void => {
      setMoreBelow(element.scrollTop + element.clientHeight < element.scrollHeight - 4);
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(element);
    resized.observe(inner);
    return () => {
      element.removeEventListener('scroll', update);
      resized.disconnect();
    };
  }, []);
  return (
    <div class="scroll-frame">
      <div ref={area} class={className}>
        <div ref={content}>{children}</div>
      </div>
      {moreBelow && (
        <div class="more-below" aria-hidden="true">
          <span>More below ↓</span>
        </div>
      )}
    </div>
  );
}
