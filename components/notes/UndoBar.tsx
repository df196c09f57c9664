interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

// After a delete: the way back, announced to screen readers.
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" class="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="undo-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
