// Types of what vite.config.ts uses from chunks.mjs.
export declare const distDir: string;
/** Each widget tag's files under dist/widgets/: its early start and what it imports (entry first), and the rest. */
export declare function widgetGraph(dir?: string): Record<string, { files: string[]; early?: string[] }>;
