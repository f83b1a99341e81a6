import type { FilterQuery } from '@mikro-orm/core';

import { likeContains } from '../../../kernel/db/like-pattern';
import { ValidationError } from '../../../kernel/errors/domain-error';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Merchant } from '../party/merchant.entity';
import type { CreditSignSearchArgs } from './credit-sign.types';

/** 诚信公示 — anyone may look a merchant up by name or credit code and read its public credit sign. */
export class CreditSignService extends BaseService {
  search(args: CreditSignSearchArgs) {
    const text = args.search.trim();
    if (text.length < 2 || text.length > 50) {
      throw new ValidationError('search', 'search is part of a name (2 to 50 characters) or an 18-character credit code');
    }
    const where: FilterQuery<Merchant> = /^[0-9A-Z]{18}$/i.test(text) ? { creditCode: text.toUpperCase() } : { name: { $ilike: likeContains(text) } };
    return paginate(this.em, Merchant, args, { where, orderBy: { name: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }
}
