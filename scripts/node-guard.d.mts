export declare const MIN_NODE_MAJOR: number;
export declare function guardMessage(version: string): string;
export declare function guardSource(kind: 'cli' | 'action'): string;
export declare function entrySource(kind: 'cli' | 'action'): string;
