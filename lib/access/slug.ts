const TRANSLITERATION: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
};

/**
 * German letters written out the German way ("Köln" → "Koeln"), other accents dropped
 * ("Łódź" → "Lodz" as far as Unicode decomposes them): for slugs and ASCII file names.
 */
export function transliterate(text: string): string {
  return text
    .replace(/[äöüÄÖÜß]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** A readable URL part from an institution's name: "Stadt Köln – Jugendamt" → "stadt-koeln-jugendamt". */
export function slugify(name: string): string {
  const slug = transliterate(name.toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return slug || "einrichtung";
}
