/** The part of web-ext's Node API scripts/package-firefox.ts uses (web-ext ships no types). */
declare module 'web-ext' {
  interface BuildParams {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
  }
  const webExt: {
    cmd: {
      build(
        params: BuildParams,
        options?: { shouldExitProgram?: boolean },
      ): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
