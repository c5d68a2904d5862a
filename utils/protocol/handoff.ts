import type { SystemId } from '../systems/catalog';
import type { ValueName } from '../contracts/values';

/** A sealed hand-off envelope, as the guide shows it once. */
export interface HandOffSealed {
  /** The armored age text: what is downloaded as `<file>` or copied. */
  envelope: string;
  fileName: string;
  /** Shown once, never stored. */
  passphrase: string;
  expiresAt: number;
  /** The values it holds. */
  names: ValueName[];
}

/** What an opened envelope holds, shown before anything is used (values masked: Reveal reads them from the vault). */
export interface HandOffOpened {
  provider: SystemId;
  providerName: string;
  sealedAt: number;
  expiresAt: number;
  sealedBy: string | null;
  values: { name: ValueName; masked: string; secret: boolean; host: string | null }[];
}
