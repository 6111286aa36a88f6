import { ToneModel, type WeightsFile } from './classifier';
import weights from './weights.json';

export { ToneModel, type WeightsFile } from './classifier';

let shipped: ToneModel | undefined;

/** The shipped model, decoded on first use. */
export function defaultModel(): ToneModel {
  shipped ??= new ToneModel(weights as unknown as WeightsFile);
  return shipped;
}
