import { createContext } from '@lit/context';
import type { ConfigSource } from './config.js';

/**
 * What the nearest <p2pu-config> provides: its own settings over those of any <p2pu-config>
 * around it. A registered symbol, so two copies of the library on one page still find each other.
 */
export const configContext = createContext<ConfigSource>(Symbol.for('p2pu-widgets.config'));
