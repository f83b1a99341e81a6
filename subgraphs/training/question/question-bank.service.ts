import { LockMode } from '@mikro-orm/core';

import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { citationLabel, resolveCitation } from './question-citation';
import { normalizeContent } from './question-content';
import { normalizeTags } from '../question-tags/question-tags';
import type { CreateQuestionInput, QuestionPayload, ReviseQuestionInput, SetQuestionTagsInput } from './question.inputs';
import { QuestionVersion } from './question-version.entity';
import { Question } from './question.entity';

/** 题库: trainers create questions and revise them; a revision is a new immutable version. */
export class QuestionBankService extends BaseService {
  async create(input: CreateQuestionInput): Promise<QuestionPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    const { options, keywords } = normalizeContent(input.type, input.content);
    const tags = normalizeTags(input.tags ?? [], 'input.tags');
    if (input.lawArticleId && input.lawArticle) {
      throw new ValidationError('input.lawArticle', 'Give lawArticleId or the deprecated lawArticle text, not both');
    }
    const cited = await resolveCitation(this.em, input);
    const question = this.em.create(Question, {
      type: input.type,
      topic: input.topic.trim(),
      lawArticle: cited ? citationLabel(cited) : null,
      difficulty: input.difficulty,
      currentVersion: 1,
      tags,
    });
    const version = this.em.create(QuestionVersion, {
      questionId: question.id,
      version: 1,
      stem: input.content.stem.trim(),
      options,
      keywords,
      explanation: input.content.explanation.trim(),
      lawArticleId: cited?.id ?? null,
      authoredBy: this.actor.subject,
    });
    await this.em.flush();
    return { question, version };
  }

  async revise(input: ReviseQuestionInput): Promise<QuestionPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    return this.em.transactional(async (em) => {
      const question = await em.findOne(Question, { id: input.questionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!question) {
        throw new NotFoundError('Question', input.questionId, 'input.questionId');
      }
      const { options, keywords } = normalizeContent(question.type, input.content);
      const citing = input.lawArticleId ? await resolveCitation(em, { lawArticleId: input.lawArticleId }) : null;
      const cited = await em.findOne(QuestionVersion, { questionId: question.id, version: question.currentVersion });
      if (input.lawArticleId !== undefined) {
        question.lawArticle = citing ? citationLabel(citing) : null;
      }
      question.currentVersion += 1;
      question.needsReview = false;
      question.reviewReason = null;
      const version = em.create(QuestionVersion, {
        questionId: question.id,
        version: question.currentVersion,
        stem: input.content.stem.trim(),
        options,
        keywords,
        explanation: input.content.explanation.trim(),
        lawArticleId: input.lawArticleId === undefined ? (cited?.lawArticleId ?? null) : input.lawArticleId,
        authoredBy: this.actor.subject,
      });
      return { question, version };
    });
  }

  /** Replaces the tags; the current version stays (tags are not content, attempts are unaffected). */
  async setTags(input: SetQuestionTagsInput): Promise<Question> {
    this.requireRole('TRAINER', 'ADMIN');
    const tags = normalizeTags(input.tags, 'input.tags');
    const question = await this.em.findOne(Question, { id: input.questionId });
    if (!question) {
      throw new NotFoundError('Question', input.questionId, 'input.questionId');
    }
    question.tags = tags;
    await this.em.flush();
    return question;
  }
}
