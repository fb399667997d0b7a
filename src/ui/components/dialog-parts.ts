/*
 * What the preferences and policy dialogs share. Each dialog's file is fetched together with this one (see
 * `withShared` in mount.ts), so whichever opens first needs one round trip, not its file and then a shared chunk.
 * Listing both parts here keeps them in one chunk.
 */
export { default as dialogStyles } from './dialog.css?inline';
export { ServiceDetails } from './ServiceDetails.js';
export { usePrintAlone } from './print-alone.js';
