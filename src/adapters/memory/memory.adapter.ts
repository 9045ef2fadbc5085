import type { ChorusAdapter } from '../../adapter/port.js';
// placeholder replaced by the memory adapter work
export class MemoryAdapter implements ChorusAdapter {}
