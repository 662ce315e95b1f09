import { circlePath } from '../../internal/icons.js';
import type { LearnerStatus } from '../../api/index.js';

/** An icon drawn inline in the card's template (one <svg>, one <path>): stroked, or filled when `solid`. */
export interface CardIcon {
  d: string;
  solid?: boolean;
}

/** The status badge's icons (decorative: the status is always written out next to them). */
export const statusIcons: Record<LearnerStatus, CardIcon> = {
  open: { d: `${circlePath(12, 12, 9)}M8 12.5l2.8 2.8L16.5 9.5` },
  'starting-soon': { d: `${circlePath(12, 13, 8)}M12 9v4l2.5 1.5M9.5 2.5h5` },
  // a ring (outer edge clockwise, inner edge the other way) with its right half filled
  'in-progress': {
    d: 'M2 12a10 10 0 1 1 20 0a10 10 0 1 1-20 0zM4 12a8 8 0 1 0 16 0a8 8 0 1 0-16 0zM12 3a9 9 0 0 1 0 18z',
    solid: true,
  },
  full: { d: `${circlePath(12, 12, 9)}M5.6 5.6l12.8 12.8` },
  closed: { d: 'M7 11h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2zM8 11V8a4 4 0 0 1 8 0v3' },
  completed: { d: 'M5 21V4M5 4h11l-2 4 2 4H5' },
  draft: { d: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4' },
};
