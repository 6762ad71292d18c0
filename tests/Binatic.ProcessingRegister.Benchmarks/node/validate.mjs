// The Node peer of `processing-register validate`: js-yaml parses the register, ajv checks it against the same
// JSON Schema (compiled once), and the process exits 0 when it is valid, 1 when not. No GDPR rules: this is what a CI
// team could run instead, and the figure ours is compared with in docs/performance.md.
// Usage: node validate.mjs SCHEMA REGISTER
import { readFileSync } from "node:fs";
import { load, CORE_SCHEMA } from "js-yaml";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaPath, registerPath] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

// The core schema is YAML 1.2's, as our loader reads it.
const register = load(readFileSync(registerPath, "utf8"), { schema: CORE_SCHEMA });
if (validate(register)) {
  process.exit(0);
}
for (const error of validate.errors) {
  console.error(`${registerPath}: ${error.instancePath} ${error.message}`);
}
process.exit(1);
