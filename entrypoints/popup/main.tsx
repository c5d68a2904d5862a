import { render } from 'preact';
import { GuideView } from '@/components/GuideView';
import '../guide-panel/style.css';

/** The toolbar popup: the guide's written steps, captured values and the paste-in form, on any page. */
render(<GuideView inPage={false} />, document.getElementById('app')!);
