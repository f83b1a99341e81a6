import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { ViolationType } from './violation-type.entity';

export const violationTypeByCode = defineKeyLoader('violationTypeByCode', ViolationType, 'code');
