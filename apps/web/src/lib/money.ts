/** Diram to somoni as a localized number ("1 500", "150,50"); the currency word comes from the catalogs. */
export function formatSomoni(diram: number, locale: string): string {
  const fractionDigits = diram % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(
    diram / 100,
  );
}
