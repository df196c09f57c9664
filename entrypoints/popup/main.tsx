import { render } from 'preact';
import '../../components/controls.css';
import '../../components/slate-chip.css';
import './popup.css';
import { PopupApp } from './PopupApp.tsx';

const root = document.getElementById('app');
if (root !== null) render(<PopupApp />, root);
