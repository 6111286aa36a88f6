// fr-compromise ships its types as .ts sources that do not compile under this project's strict settings;
// the language pack needs only its lexicon and inflection methods.
// (fr-lib.js re-exports the package; this file is what the type checker reads instead.)

type Transform = (word: string, form?: string) => string;
interface FrCompromise {
  model(): { one: { lexicon: Record<string, string | string[]> } };
  methods(): {
    two: {
      transform: {
        verb: Record<'fromPresentTense' | 'fromFutureTense' | 'fromPastParticiple', Transform>;
        noun: Record<'fromPlural', Transform>;
        adjective: Record<'fromFemale' | 'fromPlural', Transform>;
      };
    };
  };
}
declare const fr: FrCompromise;
export default fr;
