// Commands on a stored indicator system (评价指标体系), bound to the screen's database.
import { useCommands } from '../../db/database-context';
import { deleteIndicatorSystem, updateIndicators } from '../../db/rubric-repository';

export const INDICATOR_SYSTEM_OPERATIONS = { updateIndicators, deleteIndicatorSystem };

/** `updateIndicators(systemId, indicators)`, `deleteIndicatorSystem(systemId)`. */
export const useIndicatorSystemCommands = () => useCommands(INDICATOR_SYSTEM_OPERATIONS);
