// What takes the popover's place for a few seconds after "this isn't that claim": the reader can
// take it back at once; the options page lists every dismissal for later.
export function DismissedNotice({ onUndo, onClose }: { onUndo: () => void; onClose: () => void }) {
  return (
    <div class="popover dismissed" role="dialog" aria-labelledby="ror-dismissed-title">
      <p id="ror-dismissed-title" class="dismissed-text" role="status">
        Highlight hidden on this page.
      </p>
      <button type="button" class="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
