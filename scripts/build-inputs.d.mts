export declare const EXTRA_INPUTS: string[];
export declare const COPIED_DIRS: string[];
export declare function buildInfo(root: string, esbuildInputs: string[]): { note: string; pins: Record<string, string | null>; inputs: Record<string, string> };
export declare function staleness(root: string): string | undefined;
