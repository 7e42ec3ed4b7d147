/**
 * How place names are compared: "São Paulo", "SAO PAULO" and "Sao-Paulo" are one key. Shared by
 * the zone table's generator and the lookup, so both sides normalise the same way.
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words naming the kind of subdivision, which sources add or leave out ("Belgorod Oblast",
// "Belgorod"; "State of Mexico", "México").
const KIND_WORDS =
  /\b(state|of|the|province|provinsi|oblast|oblast'|kraj|krai|respublika|republic|autonomous|avtonomnyj|okrug|territory|region|estado|de|do|da|city)\b/g;

export function regionKey(name: string): string {
  const key = placeKey(name);
  return key.replace(KIND_WORDS, ' ').replace(/\s+/g, ' ').trim() || key;
}
