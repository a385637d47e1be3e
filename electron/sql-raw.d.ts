// SQL files are imported as text: Vite bundles them, bin/run-ts.js loads them under plain Node.
declare module '*.sql?raw' {
  const text: string;
  export default text;
}
