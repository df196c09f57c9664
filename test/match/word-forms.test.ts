import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalWord, closeFormAndFamily, wordFamily } from '../../lib/match/word-forms.ts';

// The close form quoted forms compare and the word family concept patterns compare, for
// normalised word tokens: British and American spellings, plurals and possessives meet.

const canonical = (words: string[]) => words.map(canonicalWord);

describe('canonicalWord', () => {
  it('writes "%" and "percent" alike', () => {
    expect(canonical(['%', 'percent'])).toEqual(['percent', 'percent']);
  });

  it('keeps numerals as written, however they end', () => {
    expect(canonical(['53', '1990s', '9000s'])).toEqual(['53', '1990s', '9000s']);
  });

  it('drops a possessive and apostrophes', () => {
    expect(canonical(["labour's", "don't", "members'"])).toEqual(['labor', 'dont', 'member']);
  });

  it('spells -ise and -isation words with z', () => {
    expect(
      canonical(['organise', 'organised', 'organising', 'organisation', 'organisations', 'organisers']),
    ).toEqual(['organize', 'organized', 'organizing', 'organization', 'organization', 'organizer']);
  });

  it('spells -yse words with z', () => {
    expect(canonical(['analyse', 'analysing', 'paralysed', 'analyses'])).toEqual([
      'analyze',
      'analyzing',
      'paralyzed',
      'analyz',
    ]);
  });

  it('spells -our words with -or, but not short words that end so', () => {
    expect(
      canonical([
        'labour',
        'labours',
        'coloured',
        'colouring',
        'favourite',
        'favourites',
        'labourable',
        'labourers',
      ]),
    ).toEqual(['labor', 'labor', 'colored', 'coloring', 'favorite', 'favorite', 'laborable', 'laborer']);
    expect(canonical(['four', 'hour', 'your', 'tour'])).toEqual(['four', 'hour', 'your', 'tour']);
  });

  it('spells -tre words with -ter, -ence words with -ense and programme as program', () => {
    expect(canonical(['centre', 'centres', 'theatre', 'metre'])).toEqual([
      'center',
      'center',
      'theater',
      'metre',
    ]);
    expect(canonical(['defence', 'offences', 'licence', 'pretence', 'fence'])).toEqual([
      'defense',
      'offense',
      'license',
      'pretense',
      'fence',
    ]);
    expect(canonical(['programme', 'programmes', 'reprogramme'])).toEqual([
      'program',
      'program',
      'reprogram',
    ]);
    expect(canonical(['nondefence', 'reoffences'])).toEqual(['nondefense', 'reoffense']);
  });

  it('writes a doubled l before -ed, -ing and -er once', () => {
    expect(canonical(['travelled', 'cancelling', 'traveller', 'travellers'])).toEqual([
      'traveled',
      'canceling',
      'traveler',
      'traveler',
    ]);
    expect(canonical(['fell', 'called', 'filled'])).toEqual(['fell', 'called', 'filled']);
  });

  it('changes only the end of a word', () => {
    expect(
      canonical([
        'organisationally',
        'paralysingly',
        'favouritism',
        'programmed',
        'defenceless',
        'compellingly',
      ]),
    ).toEqual([
      'organisationally',
      'paralysingly',
      'favouritism',
      'programmed',
      'defenceless',
      'compellingly',
    ]);
    expect(canonical(['centrepiece', 'chests', "o'sullivan"])).toEqual(['centrepiece', 'chest', 'osullivan']);
  });

  it('keeps a short stem as it is', () => {
    expect(canonical(['raise', 'arise', 'lyse'])).toEqual(['raise', 'arise', 'lyse']);
  });

  it('makes plurals singular', () => {
    expect(
      canonical(['parties', 'ties', 'cats', 'churches', 'wishes', 'boxes', 'waltzes', 'classes']),
    ).toEqual(['party', 'tie', 'cat', 'church', 'wish', 'box', 'waltz', 'class']);
  });

  it('leaves words that only look plural, and words of three letters, alone', () => {
    expect(canonical(['class', 'status', 'crisis', 'gas', 'bus', 'yes'])).toEqual([
      'class',
      'status',
      'crisis',
      'gas',
      'bus',
      'yes',
    ]);
  });
});

describe('wordFamily', () => {
  it('gives inflections of a word one family, in American spelling', () => {
    expect(['win', 'wins', 'winning'].map(wordFamily)).toEqual(['win', 'win', 'win']);
    expect(["labour's", 'labours', 'labor'].map(wordFamily)).toEqual(['labor', 'labor', 'labor']);
    expect(['organise', 'organizing'].map(wordFamily)).toEqual(['organ', 'organ']);
  });

  it('writes "%" and "percent" alike, and keeps numerals as written', () => {
    expect(['%', 'percent', '1990s', '9000s'].map(wordFamily)).toEqual([
      'percent',
      'percent',
      '1990s',
      '9000s',
    ]);
  });
});

describe('closeFormAndFamily', () => {
  it('gives what canonicalWord and wordFamily give, for any word', () => {
    const letters = fc.constantFrom(..."abcdefghilmnoprstuyz'%0123456789".split(''));
    const endings = fc.constantFrom(
      '',
      's',
      'es',
      'ies',
      "'s",
      'ise',
      'ised',
      'our',
      'tre',
      'ence',
      'lled',
      'ing',
    );
    fc.assert(
      fc.property(fc.string({ unit: letters, minLength: 1, maxLength: 12 }), endings, (stem, ending) => {
        const word = stem + ending;
        expect(closeFormAndFamily(word)).toEqual([canonicalWord(word), wordFamily(word)]);
      }),
      { numRuns: 2_000 },
    );
  });
});
