/** The shapes of the OpenAPI 3.1 document the delivery API describes itself with (openapi.ts). */
export type JsonObject = { [key: string]: unknown };

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security?: JsonObject[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; description?: string; content: Record<string, { schema: JsonObject; examples?: Record<string, OpenApiExample> }> };
  responses: Record<string, OpenApiResponse>;
}

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description: string;
  schema: JsonObject;
  example?: unknown;
}

export interface OpenApiExample {
  summary: string;
  value: unknown;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, JsonObject>;
  content?: Record<string, { schema: JsonObject; examples?: Record<string, OpenApiExample> }>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  security: JsonObject[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes: JsonObject;
    schemas: Record<string, JsonObject>;
    headers: Record<string, JsonObject>;
  };
}
