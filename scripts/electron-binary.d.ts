// Types of electron-binary.js for the TypeScript tests that use it.
export function electronExecutable(): string | null;
