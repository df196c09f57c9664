import { useState } from 'preact/hooks';
import { errorText } from '../../lib/text/error-text.ts';

interface NoteComposerProps {
  /** Resolves when saved; rejects with a message the reader can act on. */
  onSave: (text: string) => Promise<void>;
  initialText?: string;
  submitLabel: string;
  onCancel?: () => void;
  label: string;
  autoFocus?: boolean;
}

// A text area and its buttons. Ctrl/⌘+Enter saves; Escape cancels an edit.
export function NoteComposer({
  onSave,
  initialText = '',
  submitLabel,
  onCancel,
  label,
  autoFocus,
}: NoteComposerProps) {
  const [text, setText] = useState(initialText);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const empty = text.trim() === '';

  const save = async () => {
    if (empty || saving) return;
    setSaving(true);
    setProblem(null);
    try {
      await onSave(text);
      if (onCancel === undefined) setText('');
    } catch (error) {
      setProblem(`Not saved: ${errorText(error)}. Try again.`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="note-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        class="note-input"
        aria-label={label}
        placeholder={label}
        value={text}
        autoFocus={autoFocus}
        rows={3}
        onInput={(event) => {
          setText(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape' && onCancel) {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div class="note-actions">
        <button type="submit" class="note-save" disabled={empty || saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="note-cancel" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {problem !== null && (
        <p class="note-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
