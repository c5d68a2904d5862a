import { render } from 'preact';
import { startInLanguage } from '@/components/start-in-language';
import { App } from './App';
import './style.css';

void startInLanguage(() => render(<App />, document.getElementById('app')!));
