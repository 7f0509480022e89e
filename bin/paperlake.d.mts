// Types of bin/paperlake.mjs for the TypeScript that imports it (the bench).
export declare const ROOT: string;
export declare const NODE_ARGS: string[];
export declare function commandArgs(command: string, args?: string[]): string[];
