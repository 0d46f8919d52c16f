/** The calendar date of `moment` as yyyy-mm-dd in the local time zone: a workshop happens on a day, not at an instant. */
export function localIsoDate(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${moment.getFullYear()}-${month}-${day}`;
}
