/**
 * API test files that replace one of the app's modules with vi.mock: they run in the `api-mocked` project, each
 * with a module graph of its own, because the `api` project shares one graph between the files of a worker (a
 * mock there would reach whichever files the worker runs next, or miss a module already loaded).
 * `test/mocked-files.test.ts` fails when a file that mocks is missing here.
 */
export const apiMockedFiles = ['src/modules/auth/login-step-up.test.ts'];
