import { render } from 'preact';
import '../../components/controls.css';
import '../../components/slate-chip.css';
import './welcome.css';
import { WelcomeApp } from './WelcomeApp.tsx';

const root = document.getElementById('app');
if (root !== null) render(<WelcomeApp />, root);
