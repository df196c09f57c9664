import { render } from 'preact';
import '../../components/controls.css';
import './options.css';
import { OptionsApp } from './OptionsApp.tsx';

const root = document.getElementById('app');
if (root !== null) render(<OptionsApp />, root);
