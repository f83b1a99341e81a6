/** The `extensions.field` of the typed error a pure rule throws, or null when it passes (for unit tests of rules). */
export function fieldOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { extensions: { field: string } }).extensions.field;
  }
}
