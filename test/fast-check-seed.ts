import fc from 'fast-check';

// Property tests draw from one fixed seed, so a CI run is reproducible;
// FC_SEED picks another seed to explore.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261204) });
