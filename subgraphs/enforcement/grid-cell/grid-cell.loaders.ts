import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { GridCell } from './grid-cell.entity';

export const gridCellByCode = defineKeyLoader('gridCellByCode', GridCell, 'code');
