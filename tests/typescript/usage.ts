// What a TypeScript user of openapi.yaml writes, checked by `tsc --strict` in
// tests/test_other_languages.py against two generators' output:
//   ocr-openapi-typescript  types from openapi-typescript (schema.d.ts)
//   ocr-typescript-fetch    the client from openapi-generator's typescript-fetch
// Nothing here runs and nothing calls the network: the file is only type-checked.
// Every `@ts-expect-error` must meet a real error on the next line (tsc rejects an unused one),
// so those lines prove the types are precise rather than `any`.

import type { components, operations } from "ocr-openapi-typescript";
import {
  Configuration,
  GeneralApi,
  GeneralTextRequestBodyLanguageEnum,
  IDDocumentsApi,
  type GeneralTextRequestBody,
  type PassportRequestBody,
  type RecognizeGeneralTextResponse,
  type RecognizePassportResponse,
} from "ocr-typescript-fetch";

// --- openapi-typescript: types looked up by operationId --------------------------------------

type Json<T extends { content: { "application/json": unknown } }> =
  T["content"]["application/json"];
type PassportOp = operations["RecognizePassport"];
type GeneralTextOp = operations["RecognizeGeneralText"];

type PassportPath = PassportOp["parameters"]["path"];
type PassportBody = Json<PassportOp["requestBody"]>;
type PassportError = Json<PassportOp["responses"][400]>;
type GeneralTextBody = Json<GeneralTextOp["requestBody"]>;
type GeneralTextOk = Json<GeneralTextOp["responses"][200]>;

export const passportPath: PassportPath = { project_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9" };
export const passportBody: PassportBody = {
  url: "https://example.com/passport.jpg",
  country_code: "CHN",
};
// Fields with a default may be left out (openapi-typescript runs with --default-non-nullable false).
export const generalTextBody: GeneralTextBody = { image: "aGVsbG8=", language: "th" };

/** The words of every block, top to bottom, as a caller reads them. */
export function wordsOf(response: GeneralTextOk): string[] {
  return (response.result?.words_block_list ?? []).map((block) => block.words ?? "");
}

/** The upper-left corner of the first block: a Quadrilateral is four [x, y] pairs. */
export function firstCorner(response: GeneralTextOk): readonly number[] | undefined {
  const location: components["schemas"]["Quadrilateral"] | undefined =
    response.result?.words_block_list?.[0]?.location;
  return location?.[0];
}

export function describeError(error: PassportError): string {
  return `${error.error_code ?? error.result?.error_code}: ${error.error_msg}`;
}

export const misspelt: PassportBody = {
  url: "https://example.com/a.jpg",
  // @ts-expect-error: a misspelt field of the request body is rejected.
  countrycode: "CHN",
};
export const badLanguage: GeneralTextBody = {
  image: "aGVsbG8=",
  // @ts-expect-error: a language outside the enum is rejected.
  language: "klingon",
};
// @ts-expect-error: project_id is required in the path.
export const noProject: PassportPath = {};

export function misreadResponse(response: GeneralTextOk): void {
  // @ts-expect-error: words_block_count is an integer, not a string.
  const count: string | undefined = response.result?.words_block_count;
  // @ts-expect-error: the result has no such field.
  const words: unknown = response.result?.words_list;
  void [count, words];
}

// --- typescript-fetch: the generated client ---------------------------------------------------

/** Recognizes a passport; defined, never called. */
export function recognizePassport(
  api: IDDocumentsApi,
  projectId: string,
  body: PassportRequestBody,
): Promise<RecognizePassportResponse> {
  return api.recognizePassport({ projectId, passportRequestBody: body });
}

/** Recognizes the text behind a URL and returns its words; defined, never called. */
export async function recognizeGeneralText(token: string, url: string): Promise<string[]> {
  const api = new GeneralApi(
    new Configuration({
      basePath: "https://ocr.ap-southeast-1.myhuaweicloud.com",
      apiKey: (name: string) => (name === "X-Auth-Token" ? token : ""),
    }),
  );
  const body: GeneralTextRequestBody = { url, language: GeneralTextRequestBodyLanguageEnum.Th };
  const response: RecognizeGeneralTextResponse = await api.recognizeGeneralText({
    projectId: passportPath.project_id,
    generalTextRequestBody: body,
  });
  return (response.result?.words_block_list ?? []).map((block) => block.words ?? "");
}

export function callsThatDoNotTypeCheck(api: IDDocumentsApi, general: GeneralApi): void {
  // @ts-expect-error: projectId (the path parameter) is required.
  void api.recognizePassport({ passportRequestBody: passportBody });
  void general.recognizeGeneralText({
    projectId: passportPath.project_id,
    // @ts-expect-error: a language outside the enum is rejected by the client's types too.
    generalTextRequestBody: { url: "https://example.com/a.jpg", language: "klingon" },
  });
  void api.recognizePassport({
    projectId: passportPath.project_id,
    // @ts-expect-error: the client's body has no such field.
    passportRequestBody: { url: "https://example.com/a.jpg", countrycode: "CHN" },
  });
}

// --- Both generators describe the same JSON ---------------------------------------------------
// typescript-fetch runs with modelPropertyNaming=original (and keeps `char` unrenamed), so its
// models use the wire names and must be identical to openapi-typescript's types, nested objects
// included. Mutual assignability would not do: two objects of optional fields are assignable
// either way. (Passport's response is left out: typescript-fetch types the values of
// PassportConfidence's additionalProperties as `number | any`, openapi-typescript as number.)

type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const passportBodiesAgree: Same<PassportBody, PassportRequestBody> = true;
export const generalTextBodiesAgree: Same<GeneralTextBody, GeneralTextRequestBody> = true;
export const generalTextResponsesAgree: Same<GeneralTextOk, RecognizeGeneralTextResponse> = true;
// @ts-expect-error: Same<> tells two different bodies apart, so the lines above prove something.
export const differentBodiesAgree: Same<PassportBody, GeneralTextBody> = true;
