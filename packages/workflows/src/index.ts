// @cynnig/workflows: see this package's README for what lives here.
export {};
