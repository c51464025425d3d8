import { config, z } from "zod";

// In the browser, zod must not probe whether it may compile code: the Content-Security-Policy
// forbids it, and Chromium reports the refused probe even though zod catches it (decision 012).
// Nothing is lost there, as the policy already leaves zod without compiled parsers; the server
// keeps them. Schemas the browser runs take z from here, so this runs before any is built.
if (typeof document !== "undefined") config({ jitless: true });

export { z };
