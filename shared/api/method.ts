import { z } from 'zod';

/** One API method: its input and output schemas. The name is the key it is registered under. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
});

export const NoInput = z.object({}).strict().default({});
