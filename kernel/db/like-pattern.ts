/** A LIKE / ILIKE pattern matching values that contain `text`, where `%`, `_` and `\` in it match themselves. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
