/**
 * A court's or a police register's capitals and "бр.", "br." or "nr." right before a case's number, as the Balkans and
 * Kosovo write it: "ПРК бр. 1187/23", "КО бр. 212/24", "PKR. nr. 318/2023", "P. nr. 2214/23". Not a street named by
 * capitals after its word ("ул. НОБ бр. 12/23", "ul. JNA br. 45/12"), nor an identity's, a number's or a phone's word, nor
 * a ruler's ordinal in Roman numbers ("ul. Jana Pawła II nr 12/14").
 *
 * One definition for two readers: the identity-number recognizer reads the register with the number, and the address
 * chunker does not read the "бр." there as a house's.
 */
// (Nor a king's or a pope's ordinal ending a street's name: "ul. Jana Pawła II nr 12/14", "Kralja Petra I br. 45/12".)
const REGISTER_AND_NR_BEFORE = /(?<![\p{L}\d])(?<!(?:ул|ul|улица|ulica|бул|bul)\.?[^\S\n])(?!(?:ID|NO|TEL)\b)(?![IVX]+[^\S\n.])\p{Lu}{1,4}\.?[^\S\n]?(?:[Nn]r|[Bb]r|бр)\.?[^\S\n]?$/u;

/**
 * A street's word and up to four words of its name: capitals and "nr." after them end the name ("ul. Żołnierzy AK nr
 * 12/14"). The word starts a word of its own: not a plate's letters in a table's cell before, "SK-7718-BD	ПЗ бр. 4471/23".
 */
const STREET_NAME_BEFORE = /(?<![\p{L}\d/-])(?:ul|ул|улица|ulica|ulice|bul|бул|булевар|bulevar|bd|bdul|str|strada|calea|вул|пр|trg|cesta|ulitsa|rr|rruga)\.?[^\S\n]+(?:[\p{L}„“"«»-]+[^\S\n]+){0,4}$/iu;

/** The register and its "бр." ending right at `at` (where a case's number starts), or null. */
export function registerAndNrBefore(text: string, at: number): RegExpExecArray | null {
  const register = REGISTER_AND_NR_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  if (register === null) return null;
  const start = at - register[0].length;
  return STREET_NAME_BEFORE.test(text.slice(Math.max(0, start - 48), start)) ? null : register;
}
