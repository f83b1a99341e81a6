/**
 * 法条引用: a free-text citation and a catalogue entry match when they name the same law and article, whatever the
 * brackets, spaces or the 中华人民共和国 prefix (`《行政处罚法》第三十三条` = `《中华人民共和国行政处罚法》第三十三条`).
 */
export function citationKey(text: string): string {
  return text.replace(/[《》\s]|中华人民共和国/g, '');
}

/** The same normalisation in SQL, for `expr` (used by the migration that links the existing free-text tags). */
export const citationKeySql = (expr: string) => `regexp_replace(${expr}, '[《》[:space:]]|中华人民共和国', '', 'g')`;

/**
 * Links the current version of every question whose free-text tag names a CURRENT catalogue article and that cites
 * nothing yet. Returns nothing; run by the migration and by its test.
 */
export const LINK_FREE_TEXT_CITATIONS_SQL = `update "training"."question_version" v set "law_article_id" = la."id"
  from "training"."question" q, "training"."law_article" la
  where v."question_id" = q."id" and v."version" = q."current_version" and v."law_article_id" is null
    and q."law_article" is not null and la."status" = 'CURRENT'
    and ${citationKeySql('la."law_name" || la."article"')} = ${citationKeySql('q."law_article"')}`;
