// Commands on 被评价单位 (the units an evaluation scores), bound to the screen's database.
import { useCommands } from '../../db/database-context';
import { createUnit, deleteUnit, renameUnit } from '../../db/units-repository';

export const UNIT_OPERATIONS = { createUnit, renameUnit, deleteUnit };

/** `createUnit(name)`, `renameUnit(unitId, name)`, `deleteUnit(unitId)`; names are checked by the repository (UnitNameError). */
export const useUnitCommands = () => useCommands(UNIT_OPERATIONS);
