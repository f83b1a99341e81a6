import { Migration } from '@mikro-orm/migrations';

import { LINK_FREE_TEXT_CITATIONS_SQL } from '../law/law-citation';

/**
 * Issue 10, fault 2: questions tagged only with free text (`question.law_article`) cited no catalogue entry, so amending
 * the article did not flag them. Links the current version of each such question to the CURRENT catalogue article of
 * the same law and article. Tags that name no catalogue article stay unlinked.
 */
export class Migration20261202125000_link_question_law_articles extends Migration {
  override async up(): Promise<void> {
    this.addSql(LINK_FREE_TEXT_CITATIONS_SQL);
  }

  override async down(): Promise<void> {
    // links cannot be told apart from those made by trainers; nothing to undo
  }
}
