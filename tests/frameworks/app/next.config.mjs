// This folder is the app's root (the repository around it has a lockfile of its own). The runner
// builds the app twice, with Turbopack and with webpack, each into a folder of its own.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export default { turbopack: { root: here }, outputFileTracingRoot: here, distDir: process.env.NEXT_DIST_DIR ?? ".next" };
