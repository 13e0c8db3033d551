/**
 * The part of the official SARIF 2.1.0 JSON schema (OASIS, `sarif-schema-2.1.0.json`, draft-07)
 * that covers what gouji emits, and a small validator for the keywords those definitions use.
 *
 * The full schema could not be fetched here (the tests run without network, and ajv is not a
 * dependency), so the definitions below are transcribed from the official schema: for each object
 * we emit, its complete property list with types, `required`, `enum`, `minimum`, `uniqueItems`,
 * `anyOf` and `additionalProperties: false` (which makes any property the schema does not define
 * an error, so custom data must go into a `properties` bag). Definitions we never emit (address,
 * logicalLocation, fix, graph …) are reduced to `{ type: "object" }` and marked so.
 */

export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: "uri" | "uri-reference" | "date-time";
  anyOf?: readonly Schema[];
  default?: unknown;
}

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const arrayOf = (items: Schema, uniqueItems: boolean, minItems = 0): Schema => ({
  type: "array",
  minItems,
  uniqueItems,
  items,
});
const str: Schema = { type: "string" };
const int = (minimum?: number): Schema =>
  minimum === undefined ? { type: "integer" } : { type: "integer", minimum };
const bool: Schema = { type: "boolean" };
const uri: Schema = { type: "string", format: "uri" };
const dateTime: Schema = { type: "string", format: "date-time" };
const level: Schema = { enum: ["none", "note", "warning", "error"] };
const GUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$";
const guid: Schema = { type: "string", pattern: GUID };
const LANGUAGE = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}?$";
const stringMap: Schema = { type: "object", additionalProperties: str };
const bag = ref("propertyBag");
/** A definition gouji never emits: not transcribed. */
const NOT_EMITTED: Schema = { type: "object" };

const obj = (properties: Record<string, Schema>, extra: Omit<Schema, "properties"> = {}): Schema => ({
  type: "object",
  additionalProperties: false,
  properties,
  ...extra,
});

export const definitions: Record<string, Schema> = {
  propertyBag: {
    type: "object",
    additionalProperties: true,
    properties: { tags: arrayOf(str, true) },
  },
  message: obj(
    { text: str, markdown: str, id: str, arguments: arrayOf(str, false), properties: bag },
    { anyOf: [{ required: ["text"] }, { required: ["id"] }] },
  ),
  multiformatMessageString: obj({ text: str, markdown: str, properties: bag }, { required: ["text"] }),
  artifactContent: obj({
    text: str,
    binary: str,
    rendered: ref("multiformatMessageString"),
    properties: bag,
  }),
  artifactLocation: obj({
    uri: { type: "string", format: "uri-reference" },
    uriBaseId: str,
    index: int(-1),
    description: ref("message"),
    properties: bag,
  }),
  region: obj({
    startLine: int(1),
    startColumn: int(1),
    endLine: int(1),
    endColumn: int(1),
    charOffset: int(-1),
    charLength: int(0),
    byteOffset: int(-1),
    byteLength: int(0),
    snippet: ref("artifactContent"),
    message: ref("message"),
    sourceLanguage: str,
    properties: bag,
  }),
  physicalLocation: obj(
    {
      address: ref("address"),
      artifactLocation: ref("artifactLocation"),
      region: ref("region"),
      contextRegion: ref("region"),
      properties: bag,
    },
    { anyOf: [{ required: ["address"] }, { required: ["artifactLocation"] }] },
  ),
  location: obj({
    id: int(-1),
    physicalLocation: ref("physicalLocation"),
    logicalLocations: arrayOf(ref("logicalLocation"), true),
    message: ref("message"),
    annotations: arrayOf(ref("region"), true),
    relationships: arrayOf(ref("locationRelationship"), true),
    properties: bag,
  }),
  reportingConfiguration: obj({
    enabled: bool,
    level,
    rank: { type: "number", minimum: -1, maximum: 100 },
    parameters: bag,
    properties: bag,
  }),
  reportingDescriptorReference: obj(
    { id: str, index: int(-1), guid, toolComponent: ref("toolComponentReference"), properties: bag },
    { anyOf: [{ required: ["index"] }, { required: ["guid"] }, { required: ["id"] }] },
  ),
  reportingDescriptor: obj(
    {
      id: str,
      deprecatedIds: arrayOf(str, true),
      guid,
      deprecatedGuids: arrayOf(guid, true),
      name: str,
      deprecatedNames: arrayOf(str, true),
      shortDescription: ref("multiformatMessageString"),
      fullDescription: ref("multiformatMessageString"),
      messageStrings: { type: "object", additionalProperties: ref("multiformatMessageString") },
      defaultConfiguration: ref("reportingConfiguration"),
      helpUri: uri,
      help: ref("multiformatMessageString"),
      relationships: arrayOf(ref("reportingDescriptorRelationship"), true),
      properties: bag,
    },
    { required: ["id"] },
  ),
  toolComponent: obj(
    {
      guid,
      name: str,
      organization: str,
      product: str,
      productSuite: str,
      shortDescription: ref("multiformatMessageString"),
      fullDescription: ref("multiformatMessageString"),
      fullName: str,
      version: str,
      semanticVersion: str,
      dottedQuadFileVersion: { type: "string", pattern: "[0-9]+(\\.[0-9]+){3}" },
      releaseDateUtc: str,
      downloadUri: uri,
      informationUri: uri,
      globalMessageStrings: { type: "object", additionalProperties: ref("multiformatMessageString") },
      notifications: arrayOf(ref("reportingDescriptor"), true),
      rules: arrayOf(ref("reportingDescriptor"), true),
      taxa: arrayOf(ref("reportingDescriptor"), true),
      locations: { type: "array", minItems: 0, items: ref("artifactLocation") },
      language: { type: "string", pattern: LANGUAGE },
      contents: { type: "array", uniqueItems: true, items: { enum: ["localizedData", "nonLocalizedData"] } },
      isComprehensive: bool,
      localizedDataSemanticVersion: str,
      minimumRequiredLocalizedDataSemanticVersion: str,
      associatedComponent: ref("toolComponentReference"),
      translationMetadata: ref("translationMetadata"),
      supportedTaxonomies: arrayOf(ref("toolComponentReference"), true),
      properties: bag,
    },
    { required: ["name"] },
  ),
  tool: obj(
    { driver: ref("toolComponent"), extensions: arrayOf(ref("toolComponent"), true), properties: bag },
    { required: ["driver"] },
  ),
  notification: obj(
    {
      locations: arrayOf(ref("location"), true),
      message: ref("message"),
      level,
      threadId: int(),
      timeUtc: dateTime,
      exception: ref("exception"),
      descriptor: ref("reportingDescriptorReference"),
      associatedRule: ref("reportingDescriptorReference"),
      properties: bag,
    },
    { required: ["message"] },
  ),
  invocation: obj(
    {
      commandLine: str,
      arguments: arrayOf(str, false),
      responseFiles: arrayOf(ref("artifactLocation"), true),
      startTimeUtc: dateTime,
      endTimeUtc: dateTime,
      exitCode: int(),
      ruleConfigurationOverrides: arrayOf(ref("configurationOverride"), true),
      notificationConfigurationOverrides: arrayOf(ref("configurationOverride"), true),
      toolExecutionNotifications: arrayOf(ref("notification"), false),
      toolConfigurationNotifications: arrayOf(ref("notification"), false),
      exitCodeDescription: str,
      exitSignalName: str,
      exitSignalNumber: int(),
      processStartFailureMessage: str,
      executionSuccessful: bool,
      machine: str,
      account: str,
      processId: int(),
      executableLocation: ref("artifactLocation"),
      workingDirectory: ref("artifactLocation"),
      environmentVariables: stringMap,
      stdin: ref("artifactLocation"),
      stdout: ref("artifactLocation"),
      stderr: ref("artifactLocation"),
      stdoutStderr: ref("artifactLocation"),
      properties: bag,
    },
    { required: ["executionSuccessful"] },
  ),
  result: obj(
    {
      ruleId: str,
      ruleIndex: int(-1),
      rule: ref("reportingDescriptorReference"),
      kind: { enum: ["notApplicable", "pass", "fail", "review", "open", "informational"] },
      level,
      message: ref("message"),
      analysisTarget: ref("artifactLocation"),
      locations: arrayOf(ref("location"), false),
      guid,
      correlationGuid: guid,
      occurrenceCount: int(1),
      partialFingerprints: stringMap,
      fingerprints: stringMap,
      stacks: arrayOf(ref("stack"), true),
      codeFlows: arrayOf(ref("codeFlow"), false),
      graphs: arrayOf(ref("graph"), true),
      graphTraversals: arrayOf(ref("graphTraversal"), true),
      relatedLocations: arrayOf(ref("location"), true),
      suppressions: arrayOf(ref("suppression"), true),
      baselineState: { enum: ["new", "unchanged", "updated", "absent"] },
      rank: { type: "number", minimum: -1, maximum: 100 },
      attachments: arrayOf(ref("attachment"), true),
      hostedViewerUri: uri,
      workItemUris: arrayOf(uri, true),
      provenance: ref("resultProvenance"),
      fixes: arrayOf(ref("fix"), true),
      taxa: arrayOf(ref("reportingDescriptorReference"), true),
      webRequest: ref("webRequest"),
      webResponse: ref("webResponse"),
      properties: bag,
    },
    { required: ["message"] },
  ),
  run: obj(
    {
      tool: ref("tool"),
      invocations: arrayOf(ref("invocation"), false),
      conversion: ref("conversion"),
      language: { type: "string", pattern: LANGUAGE },
      versionControlProvenance: arrayOf(ref("versionControlDetails"), true),
      originalUriBaseIds: { type: "object", additionalProperties: ref("artifactLocation") },
      artifacts: arrayOf(ref("artifact"), true),
      logicalLocations: arrayOf(ref("logicalLocation"), true),
      graphs: arrayOf(ref("graph"), true),
      results: arrayOf(ref("result"), false),
      automationDetails: ref("runAutomationDetails"),
      runAggregates: arrayOf(ref("runAutomationDetails"), true),
      baselineGuid: guid,
      redactionTokens: arrayOf(str, true),
      defaultEncoding: str,
      defaultSourceLanguage: str,
      newlineSequences: arrayOf(str, true, 1),
      columnKind: { enum: ["utf16CodeUnits", "unicodeCodePoints"] },
      externalPropertyFileReferences: ref("externalPropertyFileReferences"),
      threadFlowLocations: arrayOf(ref("threadFlowLocation"), true),
      taxonomies: arrayOf(ref("toolComponent"), true),
      addresses: arrayOf(ref("address"), false),
      translations: arrayOf(ref("toolComponent"), true),
      policies: arrayOf(ref("toolComponent"), true),
      webRequests: arrayOf(ref("webRequest"), true),
      webResponses: arrayOf(ref("webResponse"), true),
      specialLocations: ref("specialLocations"),
      properties: bag,
    },
    { required: ["tool"] },
  ),
};
for (const name of [
  "address",
  "artifact",
  "attachment",
  "codeFlow",
  "configurationOverride",
  "conversion",
  "exception",
  "externalProperties",
  "externalPropertyFileReferences",
  "fix",
  "graph",
  "graphTraversal",
  "locationRelationship",
  "logicalLocation",
  "reportingDescriptorRelationship",
  "resultProvenance",
  "runAutomationDetails",
  "specialLocations",
  "stack",
  "suppression",
  "threadFlowLocation",
  "toolComponentReference",
  "translationMetadata",
  "versionControlDetails",
  "webRequest",
  "webResponse",
])
  definitions[name] = NOT_EMITTED;

/** The root: the sarifLog object. */
export const sarifSchema: Schema = obj(
  {
    $schema: uri,
    version: { enum: ["2.1.0"] },
    runs: arrayOf(ref("run"), false),
    inlineExternalProperties: arrayOf(ref("externalProperties"), true),
    properties: bag,
  },
  { required: ["version", "runs"] },
);

const typeOf = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;

function matchesType(v: unknown, type: string): boolean {
  const t = typeOf(v);
  return t === type || (type === "number" && t === "integer");
}

/** A canonical form for `uniqueItems` (JSON with sorted keys). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

/** RFC 3986: a scheme, then only URI characters (no spaces, no non-ASCII, well-formed escapes). */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
function validFormat(v: string, format: Schema["format"]): boolean {
  if (format === "uri") return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(v) && URI_CHARS.test(v);
  if (format === "uri-reference") {
    if (!URI_CHARS.test(v)) return false;
    // a relative reference must not have a colon in its first segment
    const m = /^[^/?#]*/.exec(v)![0];
    return !m.includes(":") || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(v);
  }
  if (format === "date-time") return !Number.isNaN(Date.parse(v));
  return true;
}

/** Validates `value` against `schema`; returns the errors as "path: problem" lines. */
export function validate(value: unknown, schema: Schema = sarifSchema, path = "$"): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace("#/definitions/", "");
    const def = definitions[name];
    if (!def) return [`${path}: unknown definition ${name}`];
    return validate(value, def, path);
  }
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t)))
      return [`${path}: expected ${types.join("|")}, got ${typeOf(value)}`];
  }
  if (schema.enum && !schema.enum.some((e) => canonical(e) === canonical(value)))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push(`${path}: ${value} < minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      errors.push(`${path}: ${value} > maximum ${schema.maximum}`);
  }
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value))
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (schema.format && !validFormat(value, schema.format))
      errors.push(`${path}: ${JSON.stringify(value)} is not a valid ${schema.format}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.uniqueItems && new Set(value.map(canonical)).size !== value.length)
      errors.push(`${path}: items are not unique`);
    if (schema.items)
      for (const [i, v] of value.entries()) errors.push(...validate(v, schema.items, `${path}[${i}]`));
  }
  if (typeOf(value) === "object") {
    const o = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!Object.hasOwn(o, k)) errors.push(`${path}: missing ${k}`);
    for (const [k, v] of Object.entries(o)) {
      const p = schema.properties?.[k];
      if (p) errors.push(...validate(v, p, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: property ${k} is not allowed`);
      else if (typeof schema.additionalProperties === "object")
        errors.push(...validate(v, schema.additionalProperties, `${path}.${k}`));
    }
  }
  if (schema.anyOf && !schema.anyOf.some((s) => validate(value, s, path).length === 0))
    errors.push(`${path}: matches none of anyOf`);
  return errors;
}
