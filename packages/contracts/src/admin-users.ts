// Filled by issue 8.
export {};
