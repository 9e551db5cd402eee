// @cynnig/api: see this package's README.
export {};
