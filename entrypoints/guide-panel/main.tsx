import { render } from 'preact';
import { startInLanguage } from '@/utils/i18n/page-language';
import { App } from './App';
import './style.css';

void startInLanguage(() => render(<App />, document.getElementById('app')!));
