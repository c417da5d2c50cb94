// The hyphen package ships no types; these are the two language modules the PDF uses.
declare module "hyphen/de" {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
declare module "hyphen/en-gb" {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
