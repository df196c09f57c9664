// Built by scripts/vite-match-data.ts from the validated corpus; its shape is lib/match/match-data.ts's
// MatchData (an ambient module cannot import that type by a relative path, so the importer casts).
declare module 'virtual:right-of-reply/match-data' {
  const matchData: unknown;
  export default matchData;
}
