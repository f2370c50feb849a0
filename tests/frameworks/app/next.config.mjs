// This folder is the app's root (the repository around it has a lockfile of its own).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export default { turbopack: { root: here }, outputFileTracingRoot: here };
