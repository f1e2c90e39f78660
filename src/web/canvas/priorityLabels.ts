import type { Priority } from '../../domain/canvas/index.js';

export const priorityLabels: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };
