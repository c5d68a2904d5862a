import { render } from 'preact';
import { Welcome } from '@/components/Welcome';
import { startInLanguage } from '@/components/start-in-language';
import '../sidepanel/style.css';

void startInLanguage(() => render(<Welcome />, document.getElementById('app')!));
