/** The launcher's accessible name begins so (its UI contract): tests find it by role and this name. */
export const LAUNCHER_NAME = /^Open the Together setup guide/;
