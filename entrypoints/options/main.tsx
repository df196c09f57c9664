import { render } from 'preact';
import '../../components/controls.css';
import '../../components/slate-chip.css';
import './options.css';
import { OptionsApp } from './OptionsApp.tsx';

const root = document.getElementById('app');
if (root !== null) render(<OptionsApp />, root);
