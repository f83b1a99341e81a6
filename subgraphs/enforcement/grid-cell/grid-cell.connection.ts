import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { GridCell } from './grid-cell.entity';

@ObjectType({ description: '网格列表 — a page of grid cells' })
export class GridCellConnection extends Connection(GridCell, '网格') {}
