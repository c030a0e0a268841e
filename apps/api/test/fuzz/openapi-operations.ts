/** A JSON Schema node as the OpenAPI document carries it (zod's output: inline, no `$ref`). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

/** One method on one path, with what a request to it may carry and what a success answers. */
export interface Operation {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, `{name}` for parameters. */
  path: string;
  tags: string[];
  parameters: OperationParameter[];
  /** The JSON body's schema; null when the document declares none (no body, multipart or raw). */
  body: JsonSchema | null;
  bodyRequired: boolean;
  /** Declared statuses: the content types each answers, and its JSON schema when it answers JSON. */
  responses: Record<string, { contentTypes: string[]; json: JsonSchema | null }>;
}

interface OpenApiOperation {
  operationId?: string;
  tags?: string[];
  parameters?: OperationParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

/** The subset of an OpenAPI 3.1 document this suite reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const methods = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the document, in its order; throws on one without an operationId (seeds derive from it). */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      if (!methods.has(method)) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const responses: Operation['responses'] = {};
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        responses[status] = {
          contentTypes: Object.keys(response.content ?? {}),
          json: response.content?.['application/json']?.schema ?? null,
        };
      }
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase() as Operation['method'],
        path,
        tags: op.tags ?? [],
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema ?? null,
        bodyRequired: op.requestBody?.required ?? false,
        responses,
      });
    }
  }
  return operations;
}
