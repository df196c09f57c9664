import { render } from 'preact';
import '../../components/controls.css';
import '../../components/notes/notes.css';
import '../../components/slate-chip.css';
import './sidepanel.css';
import { ClaimNotesDisclosure } from './ClaimNotesDisclosure.tsx';
import { SidePanelApp } from './SidePanelApp.tsx';

const root = document.getElementById('app');
if (root !== null)
  render(<SidePanelApp notesFor={(claim) => <ClaimNotesDisclosure claimId={claim.id} />} />, root);
