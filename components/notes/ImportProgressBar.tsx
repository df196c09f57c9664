import type { ImportProgress } from '../../lib/notes/note-import.ts';

export interface ImportProgressBarProps {
  progress: ImportProgress;
}

const PHASE_LABELS: Record<ImportProgress['phase'], string> = {
  reading: 'Reading the file',
  checking: 'Checking each note',
  saving: 'Saving',
};

// How far an import has come, for eyes and for screen readers.
export function ImportProgressBar({ progress }: ImportProgressBarProps) {
  const { phase, done, total } = progress;
  const counted =
    phase === 'reading' ? '' : ` ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`;
  const label = `${PHASE_LABELS[phase]}${counted}…`;
  return (
    <div class="import-progress" role="status">
      <span class="import-progress-label">{label}</span>
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
    </div>
  );
}
