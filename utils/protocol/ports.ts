/** Name of the port the guide panel opens to the background to receive its state. */
export const PANEL_PORT = 'panel';
