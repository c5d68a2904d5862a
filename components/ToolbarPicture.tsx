import { t } from '@/utils/i18n/i18n';

/** The drawing's address bar: any vendor's site (not a word to translate; no vendor named in shared code). */
const ADDRESS = 'https://…';

/**
 * Where the toolbar button is: a drawing of the browser's toolbar, the address bar, the extensions
 * (puzzle-piece) menu, and our icon ringed. Drawn, not a screenshot: it reads the same in every
 * language and theme, and weighs nothing.
 */
export function ToolbarPicture({ firefox }: { firefox: boolean }) {
  return (
    <svg class="toolbar-picture" viewBox="0 0 480 92" width="480" height="92" role="img" aria-label={t('welcome_picture')}>
      <rect x="1" y="1" width="478" height="56" rx="8" fill="#eef1f5" stroke="#c8ced6" />
      <circle cx="22" cy="29" r="6" fill="#c8ced6" />
      <circle cx="42" cy="29" r="6" fill="#c8ced6" />
      <rect x="62" y="15" width="286" height="28" rx="14" fill="#fff" stroke="#c8ced6" />
      <text x="80" y="34" font-size="13" fill="#5b6878" font-family="system-ui, sans-serif">
        {ADDRESS}
      </text>
      {!firefox && (
        // The extensions menu, where Chrome keeps a new extension until it is pinned.
        <path d="M376 22h6a3 3 0 016 0h6v6a3 3 0 010 6v6h-6a3 3 0 00-6 0h-6z" fill="none" stroke="#5b6878" stroke-width="2" />
      )}
      <image href="/icon/32.png" x="414" y="13" width="32" height="32" />
      <circle cx="430" cy="29" r="22" fill="none" stroke="#e8590c" stroke-width="3" />
      <path d="M430 88V58m0 0l-7 9m7-9l7 9" fill="none" stroke="#e8590c" stroke-width="3" stroke-linecap="round" />
      <text x="418" y="84" font-size="12" text-anchor="end" fill="#1b2430" font-family="system-ui, sans-serif">
        {t('welcome_picture_caption')}
      </text>
    </svg>
  );
}
