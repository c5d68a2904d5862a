// Types for floors.mjs, which tests import (utils/systems/systems.test.ts).
export declare const ROOT: string;
export declare const FLOORS: string[][];
export declare const isShippedSource: (name: string) => boolean;
export declare function folderOf(file: string): string | null;
export declare const floorOf: (folder: string) => number;
export declare const goesDown: (from: string, to: string) => boolean;
export declare function resolveImport(from: string, spec: string): string | null;
