import { render } from 'preact';
import '../../components/controls.css';
import '../../components/slate-chip.css';
import './sidepanel.css';
import { browser } from 'wxt/browser';
import { SidePanelApp } from './SidePanelApp.tsx';
import { useNoteCounts } from './use-note-counts.ts';

function SidePanel() {
  const counts = useNoteCounts();
  return (
    <SidePanelApp
      notesFor={(claim) => {
        const count = counts?.get(claim.id) ?? 0;
        return (
          <p class="claim-notes-count">
            {count === 0 ? 'No notes of yours' : count === 1 ? '1 note of yours' : `${count} notes of yours`}.{' '}
            <a href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noopener">
              Notes page
            </a>
          </p>
        );
      }}
    />
  );
}

const root = document.getElementById('app');
if (root !== null) render(<SidePanel />, root);
