import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins classes and lets later ones override conflicting earlier ones (tailwind-merge). For server
 * components only: in the browser, tailwind-merge costs about 8 kB gzip on every page that loads
 * it, so client components use `clsx` and avoid conflicting classes instead.
 */
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
