/** Small line icons drawn inline (no icon font: every machine draws them the same). Decorative: the button carries the name. */
const svg = (path: preact.JSX.Element) => (
  <svg
    aria-hidden="true"
    focusable="false"
    width="16"
    height="16"
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    {path}
  </svg>
);

/** Reveal: an eye. */
export const EyeIcon = () =>
  svg(
    <>
      <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8z" />
      <circle cx="8" cy="8" r="2" />
    </>,
  );

/** Hide: the eye struck through. */
export const EyeOffIcon = () =>
  svg(
    <>
      <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8z" />
      <path d="M2.5 13.5l11-11" />
    </>,
  );

/** Copy: two sheets. */
export const CopyIcon = () =>
  svg(
    <>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1" />
    </>,
  );
