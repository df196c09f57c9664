import type { ConflictChoice, NoteConflict } from '../../lib/notes/note-import.ts';
import { plural } from '../../lib/text/plural.ts';

export interface ConflictQuestionProps {
  /** How many notes in the file differ from the reader's under the same id. */
  total: number;
  /** The first few of them, side by side. */
  shown: NoteConflict[];
  onChoose: (choice: ConflictChoice | 'cancel') => void;
}

// Asked during an import, before anything is written: notes in the file that share an id with
// the reader's but differ. Nothing is overwritten until the reader picks one of these.
export function ConflictQuestion({ total, shown, onChoose }: ConflictQuestionProps) {
  const choice = (value: ConflictChoice | 'cancel', label: string, className: string) => (
    <button
      type="button"
      class={className}
      onClick={() => {
        onChoose(value);
      }}
    >
      {label}
    </button>
  );
  return (
    <section class="import-conflicts" role="alertdialog" aria-labelledby="import-conflicts-title">
      <h2 id="import-conflicts-title">
        {plural(total, 'note')} in the file {total === 1 ? 'differs' : 'differ'} from yours
      </h2>
      <p>
        They have the same id as a note you have, with different text or times. What should happen to them?
      </p>
      <ol class="conflict-list">
        {shown.map(({ mine, theirs }) => (
          <li key={mine.id} class="conflict">
            <p class="conflict-id">Note {JSON.stringify(mine.id)}</p>
            <p class="conflict-side">
              <strong>Yours:</strong> <span class="conflict-mine">{mine.text}</span>
            </p>
            <p class="conflict-side">
              <strong>The file’s:</strong> <span class="conflict-theirs">{theirs.text}</span>
            </p>
          </li>
        ))}
      </ol>
      {total > shown.length && <p>…and {plural(total - shown.length, 'more')}.</p>}
      <div class="note-actions">
        {choice('keep-mine', 'Keep mine', 'conflict-keep-mine')}
        {choice('take-theirs', 'Take the file’s', 'conflict-take-theirs')}
        {choice('keep-both', 'Keep both', 'conflict-keep-both')}
        {choice('cancel', 'Cancel the import', 'conflict-cancel')}
      </div>
    </section>
  );
}
