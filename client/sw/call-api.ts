import { postProcedure } from '../lib/post-procedure';

/** The worker's own calls to the API, as the signed-in person; an error answer is a failure. */
export async function callApi(path: string, input: unknown): Promise<Response> {
  const response = await postProcedure(path, input);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response;
}
